using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;
using Serilog;
using Serilog.Events;

namespace Kugelpos.ServiceDefaults.Logging;

/// <summary>What the one-line-per-request log carries beyond method, path, status and timing.</summary>
internal static class RequestLogEnrichment
{
    public static LogEventLevel GetLevel(HttpContext context, double elapsedMilliseconds, Exception? exception)
    {
        if (exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            // A 503 is an outage the client is told to retry, not a fault of this service.
            return context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable && exception is null
                ? LogEventLevel.Warning
                : LogEventLevel.Error;
        }

        // Probes and scrapes arrive every few seconds; they would bury the real traffic.
        var path = context.Request.Path;
        return path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics")
            ? LogEventLevel.Debug
            : LogEventLevel.Information;
    }

    public static void Enrich(IDiagnosticContext diagnostics, HttpContext context)
    {
        diagnostics.Set("CorrelationId", CorrelationId.Of(context));
        var tenant = context.User.FindFirst(KugelposClaims.TenantId)?.Value;
        if (tenant is not null)
        {
            diagnostics.Set("TenantId", tenant);
        }

        if (context.Request.QueryString.HasValue)
        {
            diagnostics.Set("RequestQuery", SecretMasker.MaskText(context.Request.QueryString.Value!));
        }
    }
}
