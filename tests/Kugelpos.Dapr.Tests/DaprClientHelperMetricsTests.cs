using Grpc.Core;
using Kugelpos.ServiceDefaults.Metrics;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kugelpos.Dapr.Tests;

public class DaprClientHelperMetricsTests : IDisposable
{
    private readonly HelperHarness _harness = new();

    [Fact]
    public async Task Every_call_is_counted_by_operation_and_outcome()
    {
        using var calls = Collect<long>(DaprMetricNames.Calls);
        _harness.PublishFailsWith(DaprFaults.Unavailable(), DaprFaults.Rpc(StatusCode.InvalidArgument));

        await _harness.Publish();
        await _harness.Publish();
        await _harness.Publish();

        var outcomes = calls.GetMeasurementSnapshot()
            .Select(m => ($"{m.Tags["operation"]}", $"{m.Tags["outcome"]}", m.Value))
            .ToList();
        Assert.Equal(
            [("publish", "transient", 1L), ("publish", "permanent", 1L), ("publish", "success", 1L)],
            outcomes);
    }

    [Fact]
    public async Task Calls_refused_by_an_open_breaker_are_counted_as_circuit_open()
    {
        using var calls = Collect<long>(DaprMetricNames.Calls);
        _harness.PublishAlwaysUnavailable();
        for (var i = 0; i < 4; i++)
        {
            await _harness.Publish();
        }

        var last = calls.LastMeasurement;
        Assert.NotNull(last);
        Assert.Equal("circuit_open", last.Tags["outcome"]);
    }

    [Fact]
    public async Task Call_duration_is_recorded_in_milliseconds_of_elapsed_time()
    {
        using var durations = Collect<double>(DaprMetricNames.CallDuration);
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _harness.OnPublish(_ => answer.Task);

        var pending = _harness.Publish();
        _harness.Time.Advance(TimeSpan.FromMilliseconds(250));
        answer.SetResult();
        await pending;

        var measurement = Assert.Single(durations.GetMeasurementSnapshot());
        Assert.Equal(250, measurement.Value);
        Assert.Equal("success", measurement.Tags["outcome"]);
    }

    [Fact]
    public async Task Active_calls_rise_while_a_call_is_in_flight_and_fall_when_it_ends()
    {
        using var active = Collect<long>(DaprMetricNames.ActiveCalls);
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _harness.OnPublish(_ => answer.Task);

        var pending = _harness.Publish();
        Assert.Equal(1, active.GetMeasurementSnapshot().Sum(m => m.Value));

        answer.SetResult();
        await pending;
        Assert.Equal(0, active.GetMeasurementSnapshot().Sum(m => m.Value));
        Assert.Equal(2, active.GetMeasurementSnapshot().Count);
    }

    [Fact]
    public async Task Breaker_state_gauge_reports_each_component_by_name()
    {
        using var states = Collect<int>(DaprMetricNames.CircuitBreakerState);
        _harness.PublishAlwaysUnavailable();
        for (var i = 0; i < 3; i++)
        {
            await _harness.Publish();
        }

        states.RecordObservableInstruments();
        var open = states.LastMeasurement;
        Assert.NotNull(open);
        Assert.Equal(1, open.Value);
        Assert.Equal(HelperHarness.PubSub, open.Tags["breaker"]);

        _harness.Time.Advance(TimeSpan.FromSeconds(60));
        states.RecordObservableInstruments();
        Assert.Equal(2, states.LastMeasurement!.Value);
    }

    [Fact]
    public async Task Without_a_meter_factory_the_helper_owns_its_meter_and_still_works()
    {
        _harness.PublishSucceeds();
        using var helper = new DaprClientHelper(
            _harness.Client.Object,
            Microsoft.Extensions.Options.Options.Create(_harness.Options),
            _harness.Time,
            NullLogger<DaprClientHelper>.Instance);
        using var calls = new MetricCollector<long>(null, KugelposMeters.Dapr, DaprMetricNames.Calls);

        var result = await helper.PublishEventAsync(HelperHarness.PubSub, HelperHarness.Topic, new OrderPlaced("o-1", 1));

        Assert.True(result.Success);
        Assert.Contains(calls.GetMeasurementSnapshot(), m => "success".Equals(m.Tags["outcome"]));
    }

    public void Dispose() => _harness.Dispose();

    private MetricCollector<T> Collect<T>(string instrument)
        where T : struct =>
        new(_harness.MeterFactory, KugelposMeters.Dapr, instrument);
}
