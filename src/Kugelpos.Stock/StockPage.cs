using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.Stock;

/// <summary>
/// The original's <c>PaginatedResult</c>: the stock lists carry their items and paging inside
/// <c>data</c> (<c>data.data</c>, <c>data.metadata</c>), unlike the other services' lists.
/// </summary>
/// <typeparam name="T">The item.</typeparam>
public sealed record StockPage<T>(IReadOnlyList<T> Data, ResponseMetadata Metadata);
