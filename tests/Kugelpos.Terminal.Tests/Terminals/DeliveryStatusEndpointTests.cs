using System.Net;
using System.Text.Json;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.Terminal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Terminal.Tests.Terminals;

public sealed class DeliveryStatusEndpointTests(TerminalSystem system) : IClassFixture<TerminalSystem>
{
    [Fact]
    public async Task A_subscribers_report_on_the_open_log_is_taken_and_a_second_report_finds_it_settled()
    {
        var tenant = system.NewTenant();
        var (terminalId, _) = await system.CreateTerminalAsync(tenant);
        await system.OperateAsync(terminalId, "open", system.UserToken(tenant));
        var eventId = (await OutboxAsync(terminalId)).Single().GetProperty("event_id").GetString();

        var report = await ReportAsync(tenant, terminalId, new { event_id = eventId, service = "report", status = "received" });
        var journal = await ReportAsync(tenant, terminalId, new { event_id = eventId, service = "journal", status = "received" });
        var again = await ReportAsync(tenant, terminalId, new { event_id = eventId, service = "journal", status = "received" });

        Assert.Equal(HttpStatusCode.OK, report.Status);
        Assert.Equal("update_delivery_status", report.Body.GetProperty("operation").GetString());
        Assert.True(report.Body.GetProperty("data").GetProperty("success").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, journal.Status);
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
    }

    [Theory]
    [InlineData("""{"event_id":"not-a-guid","service":"report","status":"received"}""", "event_id")]
    [InlineData("""{"event_id":"5b3f2c1e-0000-4000-8000-000000000001","status":"received"}""", "service")]
    [InlineData("""{"event_id":"5b3f2c1e-0000-4000-8000-000000000001","service":"report"}""", "status")]
    public async Task A_bad_report_is_a_422_naming_the_field(string json, string field)
    {
        var tenant = system.NewTenant();
        var (terminalId, _) = await system.CreateTerminalAsync(tenant);

        var answer = await ReportAsync(tenant, terminalId, json);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Contains(field, Json.ErrorFields(answer.Body));
    }

    [Fact]
    public async Task A_terminal_may_not_report_delivery_status()
    {
        var tenant = system.NewTenant();
        var (terminalId, apiKey) = await system.CreateTerminalAsync(tenant);
        var token = await system.TerminalTokenAsync(terminalId, apiKey);

        using var response = await system.SendAsync(
            HttpMethod.Post, $"/api/v1/terminals/{terminalId}/delivery-status", token, new { event_id = Guid.NewGuid(), service = "report", status = "received" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> ReportAsync(string tenant, string terminalId, object body)
    {
        var serviceToken = system.Service.Services.GetRequiredService<KugelposTokenIssuer>().IssueServiceToken("report", tenant);
        using var response = await system.SendAsync(HttpMethod.Post, $"/api/v1/terminals/{terminalId}/delivery-status", serviceToken, body);
        return (response.StatusCode, await Json.ReadAsync(response));
    }

    // The terminal actor's outbox, read through the sidecar's actor state API as daprd serves it.
    private async Task<JsonElement.ArrayEnumerator> OutboxAsync(string terminalId)
    {
        using var http = new HttpClient { BaseAddress = system.Service.Sidecar!.HttpEndpoint };
        using var response = await http.GetAsync(new Uri($"v1.0/actors/TerminalActor/{terminalId}/state/kugelpos-outbox", UriKind.Relative));
        var body = await Json.ReadAsync(response);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.EnumerateArray();
    }
}
