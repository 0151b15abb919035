using System.Net;
using Kugelpos.Cart.Tests.Support;

namespace Kugelpos.Cart.Tests.Hosting;

public class ServiceEndpointTests
{
    [Fact]
    public async Task The_root_answers_the_original_welcome()
    {
        await using var service = await CartTestService.StartAsync();

        using var response = await service.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CartService.Welcome, (await Json.ReadAsync(response)).GetProperty("message").GetString());
    }

    [Fact]
    public async Task Health_names_the_service_and_its_document_store()
    {
        await using var service = await CartTestService.StartAsync();

        using var response = await service.Client.GetAsync(new Uri("/health", UriKind.Relative));
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CartService.AppId, body.GetProperty("service").GetString());
        Assert.True(body.GetProperty("checks").TryGetProperty("litedb", out _), body.ToString());
    }
}
