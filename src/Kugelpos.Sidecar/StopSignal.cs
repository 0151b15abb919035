using System.Runtime.InteropServices;

namespace Kugelpos.Sidecar;

/// <summary>
/// Listens for Ctrl+C (SIGINT) or SIGTERM (what Kubernetes and the Dapr CLI send), so programs stop
/// cleanly. Listen before starting anything: a signal that arrives while the program is still
/// starting is kept, instead of reaching handlers the started web apps register for themselves
/// and leaving the program running.
/// </summary>
public sealed class StopSignal : IDisposable
{
    private readonly TaskCompletionSource _stop = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly PosixSignalRegistration _sigint;
    private readonly PosixSignalRegistration _sigterm;

    private StopSignal()
    {
        _sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    /// <summary>Starts listening; dispose to stop.</summary>
    public static StopSignal Listen() => new();

    /// <summary>Completes on the first Ctrl+C or SIGTERM since <see cref="Listen"/>.</summary>
    public Task WaitAsync() => _stop.Task;

    /// <inheritdoc />
    public void Dispose()
    {
        _sigint.Dispose();
        _sigterm.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        // Cancel the default (terminate the process): the program stops itself, in order.
        context.Cancel = true;
        _stop.TrySetResult();
    }
}
