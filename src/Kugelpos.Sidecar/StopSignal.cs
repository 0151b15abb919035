using System.Runtime.InteropServices;

namespace Kugelpos.Sidecar;

/// <summary>Waits for Ctrl+C or SIGTERM (what Kubernetes and the Dapr CLI send), so programs stop cleanly.</summary>
public static class StopSignal
{
    /// <summary>Completes on the first Ctrl+C or SIGTERM.</summary>
    public static async Task WaitAsync()
    {
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.TrySetResult();
        };
        Console.CancelKeyPress += onCancel;
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.TrySetResult();
        });
        try
        {
            await stop.Task;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
