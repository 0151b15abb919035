using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Dapr.TerminalKeys;

/// <summary>
/// Verifies an API key the way the original's other services do: it asks the terminal service for the
/// terminal, <c>GET /api/v1/terminals/{terminal_id}</c> with the key as <c>X-API-KEY</c>, here through
/// Dapr service invocation. The terminal refusing (401, 403, 404 or another client error) means the key
/// is not the terminal's; a terminal service that cannot answer is a 503, never taken for a wrong key.
/// </summary>
/// <param name="terminalService">The service client of <c>AddDaprServiceClient</c> for the terminal app.</param>
/// <param name="logger">Logs why a key could not be checked; never the key.</param>
public sealed class TerminalServiceKeyVerifier(HttpClient terminalService, ILogger<TerminalServiceKeyVerifier> logger) : ITerminalKeyVerifier
{
    private const string UnavailableMessage = "The terminal service cannot be reached to check the API key; try again shortly";

    /// <inheritdoc />
    /// <exception cref="KugelposException">503 when the terminal service cannot answer.</exception>
    public async Task<TerminalTokenClaims?> VerifyAsync(string terminalId, string apiKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(terminalId);
        ArgumentException.ThrowIfNullOrEmpty(apiKey);
        using var request = new HttpRequestMessage(
            HttpMethod.Get, new Uri($"api/v1/terminals/{Uri.EscapeDataString(terminalId)}", UriKind.Relative));
        request.Headers.TryAddWithoutValidation(TerminalKeyAuthentication.HeaderName, apiKey);
        try
        {
            using var response = await terminalService.SendAsync(request, cancellationToken);
            if (IsRefusal(response.StatusCode))
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Could not check an API key for terminal {TerminalId}: the terminal service answered {StatusCode}", terminalId, (int)response.StatusCode);
                throw Unavailable(null);
            }

            var envelope = await response.Content.ReadFromJsonAsync<TerminalReplyEnvelope>(KugelposJson.Options, cancellationToken);
            return ToClaims(envelope?.Data) ?? throw Incomplete(terminalId, null);
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning("Could not check an API key for terminal {TerminalId}: {Reason}", terminalId, e.Message);
            throw Unavailable(e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Could not check an API key for terminal {TerminalId}: the terminal service timed out", terminalId);
            throw Unavailable(e);
        }
        catch (JsonException e)
        {
            throw Incomplete(terminalId, e);
        }
    }

    // Timeouts and throttling say nothing about the key; every other client error refuses it.
    private static bool IsRefusal(HttpStatusCode status) =>
        (int)status is >= 400 and < 500 && status is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);

    private static TerminalTokenClaims? ToClaims(TerminalReply? terminal)
    {
        if (terminal is not { TenantId.Length: > 0, StoreCode.Length: > 0, TerminalNo: { } terminalNo, TerminalId.Length: > 0, Status.Length: > 0 })
        {
            return null;
        }

        var staffId = terminal.Staff?.StaffId ?? terminal.Staff?.Id;
        return new TerminalTokenClaims
        {
            TenantId = terminal.TenantId,
            StoreCode = terminal.StoreCode,
            TerminalNo = terminalNo,
            TerminalId = terminal.TerminalId,
            Status = terminal.Status,

            // Claims carry YYYYMMDD, as the original's tokens do, whichever date form the reply used.
            BusinessDate = string.IsNullOrEmpty(terminal.BusinessDate) ? null : terminal.BusinessDate.Replace("-", string.Empty, StringComparison.Ordinal),
            OpenCounter = terminal.OpenCounter,
            BusinessCounter = terminal.BusinessCounter,
            StaffId = string.IsNullOrEmpty(staffId) ? null : staffId,
            StaffName = string.IsNullOrEmpty(staffId) ? null : terminal.Staff?.StaffName ?? terminal.Staff?.Name,
        };
    }

    private static KugelposException Unavailable(Exception? cause) =>
        new(StatusCodes.Status503ServiceUnavailable, KugelposErrorCodes.ExternalServiceError, UnavailableMessage, innerException: cause)
        {
            RetryAfter = DaprFailureAnswer.RetryAfter,
        };

    private KugelposException Incomplete(string terminalId, Exception? cause)
    {
        logger.LogError("Could not check an API key for terminal {TerminalId}: the terminal service's answer lacks the terminal", terminalId);
        return Unavailable(cause);
    }
}
