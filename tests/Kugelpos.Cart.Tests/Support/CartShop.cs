namespace Kugelpos.Cart.Tests.Support;

/// <summary>
/// A tenant's master data for selling: item A (1000, external 10 % tax, category C01), item B (500,
/// internal 10 % tax, store S01 sells it at 540), cash (01, gives change) and a card (11, no change).
/// </summary>
internal static class CartShop
{
    public static async Task<string> NewShopAsync(this CartWithMasterData system)
    {
        var tenant = await system.NewTenantAsync();
        await system.ItemAsync(tenant, "A", 1000m, taxCode: "01");
        await system.ItemAsync(tenant, "B", 500m, categoryCode: "C02", taxCode: "02");
        await system.StorePriceAsync(tenant, "S01", "B", 540m);
        await system.PaymentAsync(tenant, "01", 0m, canChange: true);
        await system.PaymentAsync(tenant, "11", 0m, canChange: false);
        return tenant;
    }
}
