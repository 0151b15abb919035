using System.Diagnostics.Metrics;
using Kugelpos.ServiceDefaults.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.ServiceDefaults.Tests.Metrics;

public class KugelposEventMetricsTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2030, 1, 15, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Latency_is_measured_from_the_publish_time_to_now()
    {
        var meterFactory = _services.GetRequiredService<IMeterFactory>();
        using var latency = new MetricCollector<double>(meterFactory, KugelposMeters.Events, KugelposEventMetrics.DeliveryLatencyName);
        var metrics = new KugelposEventMetrics(meterFactory, _time);

        metrics.RecordDeliveryLatency("topic-cashlog", _time.GetUtcNow().AddSeconds(-2.5));

        var measurement = Assert.Single(latency.GetMeasurementSnapshot());
        Assert.Equal(2500, measurement.Value);
        Assert.Equal("topic-cashlog", measurement.Tags["topic"]);
    }

    [Fact]
    public void An_event_stamped_in_the_future_counts_as_delivered_immediately()
    {
        var meterFactory = _services.GetRequiredService<IMeterFactory>();
        using var latency = new MetricCollector<double>(meterFactory, KugelposMeters.Events, KugelposEventMetrics.DeliveryLatencyName);
        var metrics = new KugelposEventMetrics(meterFactory, _time);

        metrics.RecordDeliveryLatency("topic-cashlog", _time.GetUtcNow().AddSeconds(3));

        Assert.Equal(0, Assert.Single(latency.GetMeasurementSnapshot()).Value);
    }

    [Fact]
    public void Processed_events_are_tagged_with_topic_and_outcome()
    {
        var meterFactory = _services.GetRequiredService<IMeterFactory>();
        using var processed = new MetricCollector<long>(meterFactory, KugelposMeters.Events, KugelposEventMetrics.ProcessedName);
        var metrics = new KugelposEventMetrics(meterFactory, _time);

        metrics.RecordProcessed("topic-opencloselog", EventOutcome.Skip);

        var measurement = Assert.Single(processed.GetMeasurementSnapshot());
        Assert.Equal(1, measurement.Value);
        Assert.Equal("skip", measurement.Tags["outcome"]);
        Assert.Equal("topic-opencloselog", measurement.Tags["topic"]);
    }

    [Fact]
    public void A_dropped_event_and_a_dead_letter_are_counted_apart()
    {
        var meterFactory = _services.GetRequiredService<IMeterFactory>();
        using var processed = new MetricCollector<long>(meterFactory, KugelposMeters.Events, KugelposEventMetrics.ProcessedName);
        using var deadLetters = new MetricCollector<long>(meterFactory, KugelposMeters.Events, KugelposEventMetrics.DeadLettersName);
        var metrics = new KugelposEventMetrics(meterFactory, _time);

        metrics.RecordProcessed("topic-tranlog", EventOutcome.Dropped);
        metrics.RecordDeadLetter("topic-tranlog-deadletter");

        Assert.Equal("dropped", Assert.Single(processed.GetMeasurementSnapshot()).Tags["outcome"]);
        Assert.Equal("topic-tranlog-deadletter", Assert.Single(deadLetters.GetMeasurementSnapshot()).Tags["topic"]);
    }

    [Fact]
    public void A_missing_topic_or_unknown_outcome_is_refused()
    {
        var metrics = new KugelposEventMetrics(_services.GetRequiredService<IMeterFactory>(), _time);

        Assert.Throws<ArgumentException>(() => metrics.RecordProcessed(" ", EventOutcome.Success));
        Assert.Throws<ArgumentOutOfRangeException>(() => metrics.RecordProcessed("topic-tranlog", (EventOutcome)7));
    }

    public void Dispose() => _services.Dispose();
}
