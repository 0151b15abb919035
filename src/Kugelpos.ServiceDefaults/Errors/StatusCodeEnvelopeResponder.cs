using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

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
        // The framework refuses a body of the wrong media type with a bare 415 before any handler runs.
        var data = status == StatusCodes.Status415UnsupportedMediaType ? new[] { new FieldError(BindingFailure.Body, message) } : null;
        var envelope = ErrorEnvelope.Create(
            status, code, message, message, data, ErrorEnvelope.OperationName(http, "status_code"));
        return ErrorEnvelope.WriteAsync(http, envelope);
    }
}
