using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.Sidecar.Http;

/// <summary>Reads an HTTP API request body as JSON, answering daprd's malformed-request error when it is not.</summary>
internal static class RequestJson
{
    /// <summary>The parsed body; dispose it after use.</summary>
    /// <exception cref="DaprApiException">The body is not JSON (<c>ERR_MALFORMED_REQUEST</c>).</exception>
    public static async Task<JsonDocument> ReadAsync(HttpRequest request)
    {
        try
        {
            return await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            throw DaprApiException.Malformed($"the request body is not JSON: {e.Message}");
        }
    }
}
