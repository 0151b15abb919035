namespace Kugelpos.Benchmarks;

/// <summary>What the benchmark measures, chosen by the first argument.</summary>
public enum BenchMode
{
    /// <summary>No mode named: one actor method through the SDK and the local sidecar, against the same call made directly.</summary>
    Actors,

    /// <summary><c>sale</c>: POS devices doing whole sales through the host's HTTP API, against raw Redis SETs.</summary>
    Sale,

    /// <summary><c>events</c>: transaction logs published as fast as the cart's sidecar takes them, and how fast report, journal and stock all complete them.</summary>
    Events,
}
