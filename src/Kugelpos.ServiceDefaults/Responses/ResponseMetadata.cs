namespace Kugelpos.ServiceDefaults.Responses;

/// <summary>Paging metadata of a list response (OpenAPI schema <c>Metadata</c>).</summary>
/// <param name="Total">Number of items across all pages.</param>
/// <param name="Page">The 1-based page returned.</param>
/// <param name="Limit">Items per page.</param>
/// <param name="Sort">The sort that was applied, e.g. <c>item_code:1</c>.</param>
/// <param name="Filter">The filter conditions that were applied.</param>
public sealed record ResponseMetadata(
    long Total,
    int Page,
    int Limit,
    string? Sort,
    IReadOnlyDictionary<string, object?>? Filter);
