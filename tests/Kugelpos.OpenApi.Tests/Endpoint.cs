using System.Text.RegularExpressions;

namespace Kugelpos.OpenApi.Tests;

/// <summary>
/// One verb on one path template, with every path parameter written <c>{}</c>: FastAPI names them
/// <c>{tenant_id}</c> where ours may say <c>{tenantId}</c>, and only their places are the contract.
/// </summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Path">The path template with its parameters normalised.</param>
public sealed partial record Endpoint(string Method, string Path)
{
    /// <summary>An endpoint from a document's method key and path template.</summary>
    /// <param name="method">The method as a document writes it, e.g. <c>post</c>.</param>
    /// <param name="template">The path template, e.g. <c>/api/v1/tenants/{tenant_id}</c>.</param>
    public static Endpoint Of(string method, string template) =>
        new(method.ToUpperInvariant(), Parameter().Replace(template, "{}"));

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Path}";

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Parameter();
}
