namespace Kugelpos.DocumentStore.Queries;

/// <summary>Sorting and paging of <see cref="IDocumentCollection{T}.FindAsync"/>.</summary>
public sealed class DocumentFindOptions
{
    /// <summary>Sort keys, most significant first; empty for no particular order.</summary>
    public IReadOnlyList<SortKey> Sort { get; init; } = [];

    /// <summary>How many matching documents to pass over first (zero or more).</summary>
    public int Skip { get; init; }

    /// <summary>The most documents to return (one or more), or null for all.</summary>
    public int? Limit { get; init; }

    internal static DocumentFindOptions Validate(DocumentFindOptions? options, string paramName)
    {
        if (options is null)
        {
            return new DocumentFindOptions();
        }

        if (options.Sort is null || options.Sort.Any(k => k is null))
        {
            throw new ArgumentException("Sort must be a list of sort keys without nulls.", paramName);
        }

        if (options.Skip < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, options.Skip, "Skip must be zero or more.");
        }

        if (options.Limit is < 1)
        {
            throw new ArgumentOutOfRangeException(paramName, options.Limit, "Limit must be one or more, or null for no limit.");
        }

        return options;
    }
}
