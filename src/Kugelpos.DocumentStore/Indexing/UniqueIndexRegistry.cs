using System.Collections.Concurrent;
using Kugelpos.DocumentStore.Queries;

namespace Kugelpos.DocumentStore.Indexing;

/// <summary>
/// Remembers which fields each unique index covers, so a duplicate-key error from a driver
/// (which names only the index) can name the fields too.
/// </summary>
internal sealed class UniqueIndexRegistry
{
    private readonly ConcurrentDictionary<(string Collection, string Index), IReadOnlyList<string>> _fields = new();

    public string Register(string collection, IReadOnlyList<FieldPath> fields)
    {
        var name = IndexNames.Unique(fields);
        _fields[(collection, name)] = [.. fields.Select(f => f.Name)];
        return name;
    }

    public DuplicateKeyException Duplicate(string collection, string? indexName, Exception cause)
    {
        var index = indexName ?? "unknown";
        IReadOnlyList<string> fields = index == IndexNames.IdIndex
            ? ["id"]
            : _fields.TryGetValue((collection, index), out var known) ? known : [];
        return new DuplicateKeyException(collection, index, fields, cause);
    }

    public static IReadOnlyList<FieldPath> ParseFields(IReadOnlyList<string> fields, string paramName)
    {
        ArgumentNullException.ThrowIfNull(fields, paramName);
        if (fields.Count is 0 or > 8)
        {
            throw new ArgumentException("A unique index needs 1 to 8 fields.", paramName);
        }

        var paths = fields.Select(f => FieldPath.Parse(f, paramName)).ToArray();
        if (paths.Select(p => p.StoragePath).Distinct(StringComparer.Ordinal).Count() != paths.Length)
        {
            throw new ArgumentException("A unique index cannot name the same field twice.", paramName);
        }

        return paths;
    }
}
