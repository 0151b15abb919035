namespace Kugelpos.DocumentStore.Queries;

/// <summary>One key of a sort: a field path and a direction.</summary>
public sealed class SortKey
{
    private SortKey(FieldPath path, SortDirection direction)
    {
        Path = path;
        Direction = direction;
    }

    /// <summary>The normalized field path (camelCase, <c>id</c> for the document id).</summary>
    public string Field => Path.Name;

    /// <summary>The sort direction.</summary>
    public SortDirection Direction { get; }

    internal FieldPath Path { get; }

    /// <summary>Sort by the field, smallest first.</summary>
    public static SortKey Ascending(string field) => new(FieldPath.Parse(field, nameof(field)), SortDirection.Ascending);

    /// <summary>Sort by the field, largest first.</summary>
    public static SortKey Descending(string field) => new(FieldPath.Parse(field, nameof(field)), SortDirection.Descending);
}
