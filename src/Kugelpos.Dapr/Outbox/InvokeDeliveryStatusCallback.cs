using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Kugelpos.ServiceDefaults.Security;

namespace Kugelpos.Dapr.Outbox;

/// <summary>
/// Reports through Dapr service invocation: the client is the service client of
/// <see cref="DaprServiceClientExtensions.AddDaprServiceClient{TClient}"/>, whose handler sends
/// <c>http://{appId}/{path}</c> to the sidecar's <c>/v1.0/invoke/{appId}/method/{path}</c>, so no
/// publisher URL is configured anywhere. Each report carries a service token of the reporting
/// service for the event's tenant, as the publisher's delivery-status endpoints require a Kugelpos JWT.
/// </summary>
/// <param name="invokeClient">The invocation client (or, in a test, any client).</param>
/// <param name="tokens">Issues the service token the report is sent with.</param>
public sealed class InvokeDeliveryStatusCallback(HttpClient invokeClient, KugelposTokenIssuer tokens) : IDeliveryStatusCallback
{
    /// <inheritdoc />
    public async Task<DaprResult> ReportAsync(DeliveryStatusTarget target, DeliveryStatusUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(update);
        var where = $"delivery status of event {update.EventId} to {target.AppId}";
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"http://{target.AppId}{target.Path}"))
            {
                Content = JsonContent.Create(update),
            };

            // Minted per report: a service token lives five minutes, a subscriber for days.
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.IssueServiceToken(update.Service, target.TenantId));
            using var response = await invokeClient.SendAsync(request, cancellationToken);
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
