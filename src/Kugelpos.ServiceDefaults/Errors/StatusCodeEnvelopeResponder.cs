using Microsoft.AspNetCore.Diagnostics;

namespace Kugelpos.ServiceDefaults.Errors;

/// <summary>
/// Gives an envelope to error statuses that left without a body: unknown routes (404), wrong
/// verbs (405), authentication challenges (401) and forbidden requests (403), bare
/// <c>Results.NotFound()</c> and the like.
/// </summary>
internal static class StatusCodeEnvelopeResponder
{
    public static Task RespondAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var (code, message) = StatusCodeErrors.Describe(status);
        var envelope = ErrorEnvelope.Create(
            status, code, message, message, null, ErrorEnvelope.OperationName(http, "status_code"));
        return ErrorEnvelope.WriteAsync(http, envelope);
    }
}
