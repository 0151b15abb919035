using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.Terminal.Stores;

/// <summary>A store as the API returns it (OpenAPI schemas <c>Store</c> and <c>BaseStore</c>).</summary>
/// <param name="StoreCode">The store code.</param>
/// <param name="StoreName">The store's name.</param>
/// <param name="Status">Idle, Opened or Closed.</param>
/// <param name="BusinessDate">The business date, <c>YYYYMMDD</c>, or null.</param>
/// <param name="Tags">Free tags.</param>
/// <param name="EntryDatetime">When the store was added, <c>yyyy-MM-dd HH:mm:ss</c> (UTC).</param>
/// <param name="LastUpdateDatetime">When it was last changed, or null.</param>
public sealed record StoreView(
    string StoreCode,
    string StoreName,
    string? Status,
    string? BusinessDate,
    IReadOnlyList<string>? Tags,
    string EntryDatetime,
    string? LastUpdateDatetime)
{
    internal static StoreView From(StoreDocument store) => new(
        store.Id, store.StoreName, store.Status, store.BusinessDate, store.Tags, ResponseTimestamps.Format(store.CreatedAt), ResponseTimestamps.Format(store.UpdatedAt));
}
