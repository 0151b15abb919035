using Kugelpos.DocumentStore;

namespace Kugelpos.Terminal.Stores;

/// <summary>
/// A store as stored in <c>db_terminal_{tenant}.info_store</c>, one document per store keyed by its
/// code. The original kept the stores as a list inside the tenant's document and rewrote the whole
/// document to add one, so two stores added at once could lose one; here each addition is one
/// insert and a second store with the same code is a duplicate key.
/// </summary>
/// <param name="Id">The store code.</param>
/// <param name="StoreName">The store's name.</param>
/// <param name="Status">One of <see cref="StoreStatus.All"/>.</param>
/// <param name="BusinessDate">The store's business date, <c>YYYYMMDD</c>, if set.</param>
/// <param name="Tags">Free tags.</param>
/// <param name="CreatedAt">When the store was added.</param>
/// <param name="UpdatedAt">When it was last changed, if ever.</param>
internal sealed record StoreDocument(
    string Id,
    string StoreName,
    string Status,
    string? BusinessDate,
    string[] Tags,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt) : IDocument
{
    /// <summary>The name the terminal's slips and logs print, trimmed as the original does; null when blank.</summary>
    public string? SlipName => string.IsNullOrWhiteSpace(StoreName) ? null : StoreName.Trim();
}
