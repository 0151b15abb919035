using Microsoft.AspNetCore.Http;

namespace Kugelpos.Sidecar.Http;

/// <summary>
/// daprd's <c>DAPR_API_TOKEN</c> check on the HTTP API: with a token configured, every call but
/// the health probes must carry it in <c>dapr-api-token</c>. gRPC calls are checked by
/// <see cref="Grpc.DaprGrpcService.Authorize"/>, which can answer with a gRPC status.
/// </summary>
public sealed class ApiTokenCheck(RequestDelegate next, ApiToken token)
{
    /// <summary>Runs the check, then the rest of the pipeline.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (path.StartsWith("/v1.0/healthz", StringComparison.Ordinal) || IsGrpc(context) || token.Matches(context.Request.Headers["dapr-api-token"].ToString()))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return context.Response.WriteAsJsonAsync(new DaprError("ERR_UNAUTHORIZED", "invalid api token"));
    }

    private static bool IsGrpc(HttpContext context) =>
        context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true;
}
