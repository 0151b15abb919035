namespace Kugelpos.DocumentStore.Tests.Support;

public sealed record Item(
    string Id,
    string Code,
    string StoreCode,
    decimal Price,
    int Quantity,
    DateTime CreatedAt,
    ItemStatus Status,
    ItemDetail? Detail = null,
    string? Note = null) : IDocument
{
    public static Item Sample(string id, string code = "A-1", string storeCode = "S1", decimal price = 100m, int quantity = 1) =>
        new(id, code, storeCode, price, quantity, StoreHarness.Start.UtcDateTime, ItemStatus.Active);
}
