using System.Net;
using Kugelpos.Account.Tests.Support;

namespace Kugelpos.Account.Tests.Hosting;

public class ServiceEndpointTests
{
    [Fact]
    public async Task The_root_answers_the_welcome_message()
    {
        await using var service = await AccountTestService.StartAsync();

        using var response = await service.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """{"message":"Welcome to Kugel-POS Auth API. supported version: v1"}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_reports_the_document_store_named_for_its_backend_as_the_original_names_mongodb()
    {
        await using var service = await AccountTestService.StartAsync();

        using var health = await service.Client.GetAsync(new Uri("/health", UriKind.Relative));
        using var ready = await service.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = await Json.ReadAsync(health);
        var store = body.GetProperty("checks").GetProperty("litedb");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("account", body.GetProperty("service").GetString());
        Assert.Equal("healthy", store.GetProperty("status").GetString());
        Assert.True(store.GetProperty("response_time_ms").GetInt64() >= 0);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task A_document_store_that_cannot_be_written_makes_the_service_unhealthy_and_not_ready()
    {
        await using var service = await AccountTestService.StartAsync();
        service.BreakDataPath();

        using var health = await service.Client.GetAsync(new Uri("/health", UriKind.Relative));
        using var ready = await service.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var store = (await Json.ReadAsync(health)).GetProperty("checks").GetProperty("litedb");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("unhealthy", store.GetProperty("status").GetString());
        Assert.Equal("Document store unavailable", store.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }
}
