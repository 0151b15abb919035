using Microsoft.Extensions.Logging;

namespace Kugelpos.Dapr;

/// <summary>
/// Writes one structured entry per call outcome. Only operation, component and topic or key are
/// logged: never the payload, which may hold PINs, tokens or customer data.
/// </summary>
internal sealed class DaprCallLog(ILogger logger)
{
    public void Outcome<TValue>(DaprCall call, DaprResult<TValue> result, double elapsedMs, Exception? failure)
    {
        switch (result.ErrorKind)
        {
            case DaprErrorKind.None:
                logger.LogDebug(
                    "Dapr {Operation} on {Component} for {Target} succeeded in {ElapsedMs} ms",
                    call.Operation, call.Component, call.Target, elapsedMs);
                break;
            case DaprErrorKind.Cancelled:
                logger.LogInformation(
                    "Dapr {Operation} on {Component} for {Target} cancelled by the caller after {ElapsedMs} ms",
                    call.Operation, call.Component, call.Target, elapsedMs);
                break;
            case DaprErrorKind.Permanent:
                // A refused request is a bug to fix, not weather to wait out.
                logger.LogError(
                    failure,
                    "Dapr {Operation} on {Component} for {Target} failed ({ErrorKind}) after {ElapsedMs} ms: {Reason}",
                    call.Operation, call.Component, call.Target, result.ErrorKind, elapsedMs, result.Message);
                break;
            default:
                logger.LogWarning(
                    failure,
                    "Dapr {Operation} on {Component} for {Target} failed ({ErrorKind}) after {ElapsedMs} ms: {Reason}",
                    call.Operation, call.Component, call.Target, result.ErrorKind, elapsedMs, result.Message);
                break;
        }
    }
}
