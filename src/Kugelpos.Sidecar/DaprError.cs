using Microsoft.AspNetCore.Http;

using System.Text.Json.Serialization;

namespace Kugelpos.Sidecar;

/// <summary>The body daprd answers an HTTP error with: <c>{"errorCode":"ERR_…","message":"…"}</c>.</summary>
public sealed record DaprError(
    [property: JsonPropertyName("errorCode")] string ErrorCode,
    [property: JsonPropertyName("message")] string Message)
{
    /// <summary>An error result with daprd's body and <paramref name="status"/>.</summary>
    public static IResult Result(int status, string errorCode, string message) =>
        Results.Json(new DaprError(errorCode, message), statusCode: status);
}
