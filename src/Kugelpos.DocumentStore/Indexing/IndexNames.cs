using System.Security.Cryptography;
using System.Text;
using Kugelpos.DocumentStore.Queries;

namespace Kugelpos.DocumentStore.Indexing;

/// <summary>
/// Deterministic index names shared by both backends. LiteDB accepts at most 32 word
/// characters, so names are a readable part plus a short hash of the exact definition
/// (which also keeps <c>["a.b"]</c> and <c>["a", "b"]</c> apart).
/// </summary>
internal static class IndexNames
{
    /// <summary>The provider-neutral name of the document id index.</summary>
    public const string IdIndex = "_id";

    private const int MaxLength = 32;
    private const int HashLength = 8;

    public static string Unique(IReadOnlyList<FieldPath> fields) => Build("ux_", fields);

    public static string Expiry(FieldPath field) => Build("ttl_", [field]);

    private static string Build(string prefix, IReadOnlyList<FieldPath> fields)
    {
        var definition = string.Join('|', fields.Select(f => f.StoragePath));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(definition)))[..HashLength];
        var readable = string.Join('_', fields.Select(f => f.StoragePath.Replace('.', '_')));
        var room = MaxLength - prefix.Length - HashLength - 1;
        if (readable.Length > room)
        {
            readable = readable[..room];
        }

        return $"{prefix}{readable}_{hash}";
    }
}
