using System.Net;
using System.Text.Json;

namespace Kugelpos.MasterData.Tests.Support;

/// <summary>A response read whole: its status and its body as raw JSON.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The envelope.</param>
internal sealed record Reply(HttpStatusCode Status, JsonElement Body)
{
    /// <summary>The envelope's <c>data</c>.</summary>
    public JsonElement Data => Body.GetProperty("data");

    /// <summary>The envelope's <c>message</c>.</summary>
    public string? Message => Body.GetProperty("message").GetString();

    /// <summary>The envelope's <c>operation</c>.</summary>
    public string? Operation => Body.GetProperty("operation").GetString();

    /// <summary>The envelope's <c>userError.code</c>, the six-digit Kugelpos error code.</summary>
    public string? ErrorCode => Body.GetProperty("userError").GetProperty("code").GetString();

    /// <summary>The fields a 422 envelope names.</summary>
    public string[] ErrorFields => Json.ErrorFields(Body);

    /// <summary>The values of one property of every entry of a list's <c>data</c>.</summary>
    public string[] Column(string property) =>
        [.. Data.EnumerateArray().Select(e => e.GetProperty(property).ToString())];
}
