using System.Globalization;
using System.Net;
using Kugelpos.ServiceDefaults.Health;
using Kugelpos.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kugelpos.ServiceDefaults.Tests.Health;

public class HealthEndpointTests
{
    [Fact]
    public async Task Health_reports_service_version_time_and_no_checks_when_none_are_registered()
    {
        await using var test = await TestApp.StartAsync(_ => { });

        using var response = await test.Client.GetAsync(new Uri("/health", UriKind.Relative));
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("test-service", body.GetProperty("service").GetString());
        Assert.Equal("9.9.9", body.GetProperty("version").GetString());
        Assert.Equal(test.Time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture), body.GetProperty("timestamp").GetString());
        Assert.Empty(body.GetProperty("checks").EnumerateObject());
    }

    [Fact]
    public async Task A_failing_ready_check_shows_in_health_and_fails_readiness_but_not_liveness()
    {
        await using var test = await TestApp.StartAsync(_ => { }, configure: builder => builder.Services.AddHealthChecks()
            .AddCheck("mongodb", () => HealthCheckResult.Unhealthy("MongoDB unreachable"), [HealthTags.Ready])
            .AddCheck("dapr_pubsub", () => HealthCheckResult.Healthy(
                data: new Dictionary<string, object> { ["component"] = "pubsub-tranlog-report", ["topic"] = "topic-tranlog" })));

        using var health = await test.Client.GetAsync(new Uri("/health", UriKind.Relative));
        using var ready = await test.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var live = await test.Client.GetAsync(new Uri("/health/live", UriKind.Relative));
        var body = await Json.ReadAsync(health);
        var mongo = body.GetProperty("checks").GetProperty("mongodb");
        var pubsub = body.GetProperty("checks").GetProperty("dapr_pubsub");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("unhealthy", mongo.GetProperty("status").GetString());
        Assert.Equal("MongoDB unreachable", mongo.GetProperty("error").GetString());
        Assert.True(mongo.GetProperty("response_time_ms").GetInt64() >= 0);
        Assert.Equal("healthy", pubsub.GetProperty("status").GetString());
        Assert.Equal("pubsub-tranlog-report", pubsub.GetProperty("component").GetString());
        Assert.Equal("topic-tranlog", pubsub.GetProperty("details").GetProperty("topic").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("unhealthy", (await Json.ReadAsync(ready)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("healthy", (await Json.ReadAsync(live)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Checks_without_the_ready_tag_do_not_decide_readiness()
    {
        await using var test = await TestApp.StartAsync(_ => { }, configure: builder => builder.Services.AddHealthChecks()
            .AddCheck("mongodb", () => HealthCheckResult.Healthy(), [HealthTags.Ready])
            .AddCheck("report_cache", () => HealthCheckResult.Unhealthy("cold")));

        using var ready = await test.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = await Json.ReadAsync(ready);

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(["mongodb"], body.GetProperty("checks").EnumerateObject().Select(c => c.Name).ToArray());
    }
}
