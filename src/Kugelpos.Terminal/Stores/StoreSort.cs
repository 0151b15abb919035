using Kugelpos.ServiceDefaults.Paging;

namespace Kugelpos.Terminal.Stores;

/// <summary>What a store list may be sorted by (the original's field names), by store code when unasked.</summary>
internal static class StoreSort
{
    public static SortFields Fields { get; } = new(
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["store_code"] = "id",
            ["store_name"] = "storeName",
            ["status"] = "status",
            ["business_date"] = "businessDate",
            ["created_at"] = "createdAt",
            ["updated_at"] = "updatedAt",
        },
        "store_code:1");
}
