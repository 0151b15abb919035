using System.Net;
using System.Text.Json;

namespace Kugelpos.Stock.Tests.Support;

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

    /// <summary>The envelope's <c>userError.code</c>.</summary>
    public string? ErrorCode => Body.GetProperty("userError").GetProperty("code").GetString();

    /// <summary>The fields an error envelope names.</summary>
    public string[] ErrorFields => Json.ErrorFields(Body);

    /// <summary>The items of a stock list (<c>data.data</c>).</summary>
    public JsonElement[] Items => [.. Data.GetProperty("data").EnumerateArray()];

    /// <summary>The paging of a stock list (<c>data.metadata</c>).</summary>
    public JsonElement Paging => Data.GetProperty("metadata");
}
