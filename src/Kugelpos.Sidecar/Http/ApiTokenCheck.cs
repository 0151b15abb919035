using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.Sidecar.Http;

/// <summary>
/// daprd's <c>DAPR_API_TOKEN</c> check: with a token configured, every API call but the health
/// probes must carry it in <c>dapr-api-token</c>. Compared in constant time so the answer's
/// timing tells an attacker nothing about the token.
/// </summary>
public sealed class ApiTokenCheck(RequestDelegate next, string token)
{
    private readonly byte[] _expected = Encoding.UTF8.GetBytes(token);

    /// <summary>Runs the check, then the rest of the pipeline.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (path.StartsWith("/v1.0/healthz", StringComparison.Ordinal) || IsGrpc(context) || Matches(context.Request.Headers["dapr-api-token"].ToString()))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return context.Response.WriteAsJsonAsync(new DaprError("ERR_UNAUTHORIZED", "invalid api token"));
    }

    /// <summary>True when <paramref name="presented"/> is the configured token.</summary>
    public bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _expected);

    // gRPC calls are checked by the gRPC interceptor, which can answer with a gRPC status.
    private static bool IsGrpc(HttpContext context) =>
        context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true;
}
