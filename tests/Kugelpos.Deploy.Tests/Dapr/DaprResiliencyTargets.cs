namespace Kugelpos.Deploy.Tests.Dapr;

/// <summary>The components (by name) each policy applies to, outbound and inbound.</summary>
public sealed class DaprResiliencyTargets
{
    /// <summary>Per component: <c>outbound</c> / <c>inbound</c>, each naming its timeout, retry and circuit breaker.</summary>
    public Dictionary<string, Dictionary<string, Dictionary<string, string>>> Components { get; set; } = [];
}
