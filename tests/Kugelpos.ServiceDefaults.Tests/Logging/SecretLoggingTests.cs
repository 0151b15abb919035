using System.Net;
using System.Net.Http.Headers;
using Kugelpos.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Logging;

namespace Kugelpos.ServiceDefaults.Tests.Logging;

public class SecretLoggingTests
{
    private const string Pin = "pin-sentinel-8642";
    private const string Password = "password-sentinel-77";
    private const string BearerToken = "bearer-sentinel-5f3a9c";
    private const string ApiKey = "apikey-sentinel-1b2c";
    private const string DaprToken = "daprtoken-sentinel-999";
    private const string DatabasePassword = "dbpass-sentinel-31";

    private static readonly string[] Secrets = [Pin, Password, BearerToken, ApiKey, DaprToken, DatabasePassword];

    [Fact]
    public async Task Secrets_in_headers_query_and_log_properties_never_reach_the_log()
    {
        await using var test = await TestApp.StartAsync(
            app => app.MapGet("/api/v1/login", (HttpRequest request, ILogger<SecretLoggingTests> logger) =>
            {
                logger.LogInformation(
                    "Sign-in by {User} with {Password} and {@Attempt}",
                    "alice", Password, new { ApiKey, Pin, StoreCode = "S01" });
                logger.LogInformation("Headers {@Headers}", request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString()));
                logger.LogInformation("Called {Url}", request.GetDisplayUrl());
                logger.LogError(
                    new InvalidOperationException($"connect mongodb://kugel:{DatabasePassword}@db:27017 failed"),
                    "Database unreachable");
                return Results.Ok();
            }),
            settings: new Dictionary<string, string?>
            {
                // Hosting logs the full URL, query string included, at Information.
                ["Kugelpos:Logging:Override:Microsoft.AspNetCore.Hosting"] = "Information",
            });

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/login?pin={Pin}&password={Password}&terminal_id=T1");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BearerToken);
        request.Headers.Add("X-API-KEY", ApiKey);
        request.Headers.Add("dapr-api-token", DaprToken);
        using var response = await test.Client.SendAsync(request);
        await test.Logs.WaitForAsync(e => e.Properties.ContainsKey("RequestPath") && e.Properties.ContainsKey("StatusCode"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var output = test.Logs.Text;
        Assert.Contains("HTTP \\\"GET\\\" \\\"/api/v1/login\\\" responded 200", output, StringComparison.Ordinal);
        Assert.Contains("Request starting", output, StringComparison.Ordinal);
        Assert.Contains("Sign-in by \\\"alice\\\"", output, StringComparison.Ordinal);
        Assert.Contains("terminal_id=T1", output, StringComparison.Ordinal);
        Assert.Contains("mongodb://kugel:***@db", output, StringComparison.Ordinal);
        Assert.All(Secrets, secret => Assert.DoesNotContain(secret, output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Request_log_carries_the_correlation_id_and_a_masked_query()
    {
        await using var test = await TestApp.StartAsync(app => app.MapGet("/ping", () => Results.Ok()));

        using var response = await test.Client.GetAsync(new Uri($"/ping?token={BearerToken}&page=2", UriKind.Relative));
        await test.Logs.WaitForAsync(e => e.Properties.ContainsKey("RequestPath"));

        var requestLog = test.Logs.Events.Single(e => e.Properties.ContainsKey("RequestPath"));
        Assert.Equal("\"/ping\"", requestLog.Properties["RequestPath"].ToString());
        Assert.Equal("\"?token=***&page=2\"", requestLog.Properties["RequestQuery"].ToString());
        Assert.True(requestLog.Properties.ContainsKey("CorrelationId"));
        Assert.Equal("\"test-service\"", requestLog.Properties["Service"].ToString());
    }
}
