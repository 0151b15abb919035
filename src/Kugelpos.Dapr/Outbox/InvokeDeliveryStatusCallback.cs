using System.Net;
using System.Net.Http.Json;

namespace Kugelpos.Dapr.Outbox;

/// <summary>
/// Reports through Dapr service invocation: the client is <c>DaprClient.CreateInvokeHttpClient()</c>,
/// whose handler sends <c>http://{appId}/{path}</c> to the sidecar's
/// <c>/v1.0/invoke/{appId}/method/{path}</c>, so no publisher URL is configured anywhere.
/// </summary>
/// <param name="invokeClient">The invocation client (or, in a test, any client).</param>
public sealed class InvokeDeliveryStatusCallback(HttpClient invokeClient) : IDeliveryStatusCallback
{
    /// <inheritdoc />
    public async Task<DaprResult> ReportAsync(DeliveryStatusTarget target, DeliveryStatusUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(update);
        var where = $"delivery status of event {update.EventId} to {target.AppId}";
        try
        {
            using var response = await invokeClient.PostAsJsonAsync(new Uri($"http://{target.AppId}{target.Path}"), update, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return DaprResult.Ok;
            }

            var status = (int)response.StatusCode;
            var retryable = status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
            return DaprResult.Failure(retryable ? DaprErrorKind.Transient : DaprErrorKind.Permanent, $"Reporting the {where} answered {status}.");
        }
        catch (HttpRequestException e)
        {
            return DaprResult.Failure(DaprErrorKind.Transient, $"Reporting the {where} failed: {e.Message}");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return DaprResult.Failure(DaprErrorKind.Cancelled, $"Reporting the {where} was cancelled by the caller.");
        }
        catch (OperationCanceledException)
        {
            return DaprResult.Failure(DaprErrorKind.Timeout, $"Reporting the {where} timed out.");
        }
    }
}
