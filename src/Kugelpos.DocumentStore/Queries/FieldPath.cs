using System.Text.RegularExpressions;

namespace Kugelpos.DocumentStore.Queries;

/// <summary>
/// A validated dotted field path. <see cref="Name"/> is what callers see (camelCase, <c>id</c>);
/// <see cref="StoragePath"/> is the stored name (<c>_id</c> for ids). Only identifier segments
/// are accepted, which also keeps paths safe to place inside LiteDB expressions.
/// </summary>
internal readonly partial record struct FieldPath(string Name, string StoragePath)
{
    private const int MaxSegments = 8;

    public bool IsId => StoragePath == "_id";

    public static FieldPath Parse(string? path, string paramName)
    {
        if (string.IsNullOrEmpty(path))
        {
            throw new ArgumentException("A field path must not be empty.", paramName);
        }

        var segments = path.Split('.');
        if (segments.Length > MaxSegments)
        {
            throw new ArgumentException($"Field path '{path}' has more than {MaxSegments} segments.", paramName);
        }

        var names = new string[segments.Length];
        var stored = new string[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (!SegmentPattern().IsMatch(segment))
            {
                throw new ArgumentException(
                    $"Field path '{path}' is not valid: each dot-separated part must be a name of letters, digits or '_' (no '$', spaces or array indexes).",
                    paramName);
            }

            // Both drivers store a member named Id (or id, _id) as _id, in embedded documents too.
            var isId = segment is "Id" or "id" or "_id";
            names[i] = isId ? "id" : CamelCase.Of(segment);
            stored[i] = isId ? "_id" : names[i];
        }

        return new FieldPath(string.Join('.', names), string.Join('.', stored));
    }

    /// <summary>Parses a path the store did not write itself (e.g. an index made by hand); false when it is not valid.</summary>
    public static bool TryParse(string? path, out FieldPath field)
    {
        try
        {
            field = Parse(path, nameof(path));
            return true;
        }
        catch (ArgumentException)
        {
            field = default;
            return false;
        }
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex SegmentPattern();
}
