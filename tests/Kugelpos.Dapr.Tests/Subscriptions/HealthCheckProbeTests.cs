using Kugelpos.Dapr.Subscriptions;

namespace Kugelpos.Dapr.Tests.Subscriptions;

/// <summary>What counts as the original's pub/sub health-check probe.</summary>
public sealed class HealthCheckProbeTests
{
    [Theory]
    [InlineData("""{"test":"health-check","timestamp":1764540000.5}""")]
    [InlineData("""{"test":"health-check"}""")]
    public void The_originals_probe_is_recognised(string json) => Assert.True(HealthCheckProbe.Is(json));

    [Theory]
    [InlineData("""{"test":"something-else"}""")]
    [InlineData("""{"test":1}""")]
    [InlineData("""{"tenant_id":"T1"}""")]
    [InlineData("""["health-check"]""")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_the_probe(string? json) => Assert.False(HealthCheckProbe.Is(json));
}
