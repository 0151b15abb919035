namespace Kugelpos.DocumentStore.Queries;

/// <summary>Sort order of one key.</summary>
public enum SortDirection
{
    /// <summary>Smallest first; missing fields sort as null, before any value.</summary>
    Ascending,

    /// <summary>Largest first.</summary>
    Descending,
}
