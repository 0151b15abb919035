using Kugelpos.ServiceDefaults.Metrics;
using Kugelpos.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.ServiceDefaults.Tests.Metrics;

public class MetricsEndpointTests
{
    [Fact]
    public async Task Event_metrics_and_http_metrics_appear_on_the_scrape_endpoint()
    {
        // Meters are process-wide; a topic of its own keeps this test apart from others.
        const string Topic = "topic-scrape-test";
        await using var test = await TestApp.StartAsync(_ => { });
        var metrics = test.App.Services.GetRequiredService<KugelposEventMetrics>();

        metrics.RecordProcessed(Topic, EventOutcome.Success);
        metrics.RecordProcessed(Topic, EventOutcome.Success);
        metrics.RecordProcessed(Topic, EventOutcome.Failure);
        metrics.RecordProcessed(Topic, EventOutcome.Skip);
        var publishedAt = test.Time.GetUtcNow();
        test.Time.Advance(TimeSpan.FromMilliseconds(1500));
        metrics.RecordDeliveryLatency(Topic, publishedAt);
        using (await test.Client.GetAsync(new Uri("/health", UriKind.Relative)))
        {
        }

        var scrape = await test.Client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        var topic = $"topic=\"{Topic}\"";
        Assert.Equal(2, PrometheusText.Value(scrape, "kugelpos_events_processed_total", topic, "outcome=\"success\""));
        Assert.Equal(1, PrometheusText.Value(scrape, "kugelpos_events_processed_total", topic, "outcome=\"failure\""));
        Assert.Equal(1, PrometheusText.Value(scrape, "kugelpos_events_processed_total", topic, "outcome=\"skip\""));
        Assert.Equal(1500, PrometheusText.Value(scrape, "kugelpos_events_delivery_latency_milliseconds_sum", topic));
        Assert.Equal(1, PrometheusText.Value(scrape, "kugelpos_events_delivery_latency_milliseconds_count", topic));
        Assert.Contains("http_server_request_duration_seconds", scrape, StringComparison.Ordinal);
    }
}
