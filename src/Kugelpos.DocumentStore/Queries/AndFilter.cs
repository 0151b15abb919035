namespace Kugelpos.DocumentStore.Queries;

/// <summary>All of the inner filters match.</summary>
internal sealed class AndFilter(IReadOnlyList<DocumentFilter> filters) : DocumentFilter
{
    public IReadOnlyList<DocumentFilter> Filters { get; } = filters;
}
