using System.Text.RegularExpressions;
using Kugelpos.DocumentStore.Queries;
using LiteDB;

namespace Kugelpos.DocumentStore.LiteDb;

/// <summary>Conversions between normalized filter values, paths and LiteDB values.</summary>
internal static partial class LiteDbValues
{
    public static BsonValue ToBson(object? value) => value switch
    {
        null => BsonValue.Null,
        string s => new BsonValue(s),
        bool b => new BsonValue(b),
        int i => new BsonValue(i),
        long l => new BsonValue(l),
        double d => new BsonValue(d),
        decimal m => new BsonValue(m),
        DateTime t => new BsonValue(t),
        Guid g => new BsonValue(g),
        _ => throw new ArgumentException($"Filter value type {value.GetType().Name} was not normalized.", nameof(value)),
    };

    /// <summary>The value at a dotted path; null when any part is missing.</summary>
    public static BsonValue At(BsonDocument document, FieldPath path)
    {
        BsonValue current = document;
        foreach (var segment in path.StoragePath.Split('.'))
        {
            if (!current.IsDocument || !current.AsDocument.TryGetValue(segment, out current))
            {
                return BsonValue.Null;
            }
        }

        return current;
    }

    /// <summary>Sets the value at a dotted path, creating embedded documents on the way.</summary>
    /// <returns>False when a part of the path holds something other than a document.</returns>
    public static bool TrySet(BsonDocument document, FieldPath path, BsonValue value)
    {
        var segments = path.StoragePath.Split('.');
        var current = document;
        foreach (var segment in segments[..^1])
        {
            if (!current.TryGetValue(segment, out var next) || next.IsNull)
            {
                next = new BsonDocument();
                current[segment] = next;
            }

            if (!next.IsDocument)
            {
                return false;
            }

            current = next.AsDocument;
        }

        current[segments[^1]] = value;
        return true;
    }

    /// <summary>The index named in a LiteDB duplicate-key message ("... unique index 'name' ...").</summary>
    public static string? DuplicateIndexName(LiteException exception)
    {
        var match = DuplicateIndexPattern().Match(exception.Message);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex("unique index '(?<name>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex DuplicateIndexPattern();
}
