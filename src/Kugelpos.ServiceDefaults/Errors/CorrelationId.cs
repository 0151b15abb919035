using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.ServiceDefaults.Errors;

/// <summary>
/// The id that ties an error response to its server-side log entries: the W3C trace id when a
/// trace is active (so it also matches traces), else the request's trace identifier.
/// </summary>
internal static class CorrelationId
{
    public static string Of(HttpContext context)
    {
        var activity = Activity.Current;
        return activity is not null && activity.TraceId != default
            ? activity.TraceId.ToHexString()
            : context.TraceIdentifier;
    }
}
