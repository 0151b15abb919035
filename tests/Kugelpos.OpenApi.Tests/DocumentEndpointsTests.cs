using System.Net;
using Serilog.Events;

namespace Kugelpos.OpenApi.Tests;

/// <summary>What every service serves at <c>/openapi.json</c> and <c>/docs</c>.</summary>
[Collection(RunningServicesCollection.Name)]
public sealed class DocumentEndpointsTests
{
    private readonly RunningServices _services;

    public DocumentEndpointsTests(RunningServices services) => _services = services;

    [Theory]
    [MemberData(nameof(ServicesUnderTest.Names), MemberType = typeof(ServicesUnderTest))]
    public async Task The_document_is_served_without_a_token_and_logged_as_an_ordinary_request(string service)
    {
        var host = _services.Host(service);

        using var response = await host.Client.GetAsync(new Uri("/openapi.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var document = await Json.ReadAsync(response);
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        await AssertLoggedBelowWarningAsync(host, "/openapi.json");
    }

    [Theory]
    [MemberData(nameof(ServicesUnderTest.Names), MemberType = typeof(ServicesUnderTest))]
    public async Task The_docs_page_answers_html_that_loads_the_document_without_a_token(string service)
    {
        var host = _services.Host(service);

        using var response = await host.Client.GetAsync(new Uri("/docs", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<title>Kugelpos {service} service</title>", page, StringComparison.Ordinal);

        // Scalar resolves the document's address against the application's base path.
        Assert.Contains("\"openapi.json\"", page, StringComparison.Ordinal);
        await AssertLoggedBelowWarningAsync(host, "/docs");
    }

    [Theory]
    [MemberData(nameof(ServicesUnderTest.Names), MemberType = typeof(ServicesUnderTest))]
    public void The_document_is_titled_with_the_service_and_its_version(string service)
    {
        var info = _services.Document(service).GetProperty("info");

        Assert.Equal($"Kugelpos {service} service", info.GetProperty("title").GetString());
        Assert.Equal("9.9.9", info.GetProperty("version").GetString());
    }

    private static async Task AssertLoggedBelowWarningAsync(ServiceTestHost host, string path)
    {
        bool IsRequestLog(LogEvent e) =>
            e.Properties.TryGetValue("RequestPath", out var value) && value.ToString() == $"\"{path}\"";

        await host.Logs.WaitForAsync(IsRequestLog);
        Assert.All(host.Logs.Events.Where(IsRequestLog), e => Assert.True(e.Level < LogEventLevel.Warning, $"{path} logged at {e.Level}"));
    }
}
