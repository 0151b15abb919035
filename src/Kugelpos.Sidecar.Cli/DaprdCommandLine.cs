using Microsoft.Extensions.Logging;

namespace Kugelpos.Sidecar.Cli;

/// <summary>What daprd's command line says to the local sidecar.</summary>
/// <param name="Options">The sidecar's options.</param>
/// <param name="LogLevel"><c>--log-level</c>, as a logging level.</param>
/// <param name="Ignored">daprd flags given that have no effect here (control plane, metrics, profiling...), to warn about.</param>
public sealed record DaprdCommandLine(SidecarOptions Options, LogLevel LogLevel, IReadOnlyList<string> Ignored);
