using Kugelpos.Cart.Abstractions.Masters;
using Kugelpos.Cart.MasterData;
using Kugelpos.Cart.Tests.Support;

namespace Kugelpos.Cart.Tests.MasterData;

/// <summary>The cart reads the real master-data service through both sidecars, and keeps what it read for a while.</summary>
public sealed class CartMasterDataTests(CartWithMasterData system) : IClassFixture<CartWithMasterData>
{
    private static readonly MasterDataCacheOptions Defaults = new();

    [Fact]
    public async Task An_item_reads_with_the_price_of_the_store_that_has_one()
    {
        var tenant = await system.NewTenantAsync();
        await system.ItemAsync(tenant, "4901", 120m, categoryCode: "C07", taxCode: "02");
        await system.StorePriceAsync(tenant, "S01", "4901", 98m);

        var inStore = await system.MasterData.FindItemAsync(tenant, "S01", "4901", default);
        var elsewhere = await system.MasterData.FindItemAsync(tenant, "S02", "4901", default);

        Assert.Equal(
            ("4901", "Item 4901", 120m, 60m, (decimal?)98m, "C07", "02", false),
            (inStore!.ItemCode, inStore.Description, inStore.UnitPrice, inStore.UnitCost, inStore.StorePrice, inStore.CategoryCode, inStore.TaxCode, inStore.IsDiscountRestricted));
        Assert.Equal(inStore with { StorePrice = null, ItemDetails = elsewhere!.ItemDetails, ImageUrls = elsewhere.ImageUrls }, elsewhere);
    }

    [Fact]
    public async Task A_payment_a_setting_for_the_terminal_the_active_promotions_and_the_taxes_read_as_master_data_has_them()
    {
        var tenant = await system.NewTenantAsync();
        await system.PaymentAsync(tenant, "11", 50_000m, canChange: false);
        await system.SettingAsync(tenant, "RECEIPT_LINES", "40", "S01", 2, "32");
        await system.CategoryDiscountAsync(tenant, "P1", ["S01"], "C07", 15m);
        await system.CategoryDiscountAsync(tenant, "P2", ["S09"], "C07", 30m);

        var payment = await system.MasterData.FindPaymentAsync(tenant, "11", default);
        var terminalValue = await system.MasterData.FindSettingValueAsync(tenant, "S01", 2, "RECEIPT_LINES", default);
        var defaultValue = await system.MasterData.FindSettingValueAsync(tenant, "S01", 1, "RECEIPT_LINES", default);
        var promotions = await system.MasterData.ActivePromotionsAsync(tenant, "S01", default);
        var taxes = await system.MasterData.TaxesAsync(tenant, default);

        Assert.Equal(
            new PaymentMaster { PaymentCode = "11", Description = "Payment 11", LimitAmount = 50_000m, CanRefund = true, CanDepositOver = false, CanChange = false, IsActive = true },
            payment);
        Assert.Equal("32", terminalValue);
        Assert.Equal("40", defaultValue);
        var promotion = Assert.Single(promotions);
        Assert.Equal(("P1", "category_discount"), (promotion.PromotionCode, promotion.PromotionType));
        Assert.Equal(["C07"], promotion.Detail!.Value.GetProperty("targetCategoryCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(15m, promotion.Detail.Value.GetProperty("discountRate").GetDecimal());
        Assert.Equal(new[] { "00", "01", "02", "11", "12" }, taxes.Select(t => t.TaxCode));
        Assert.Equal(
            new TaxMaster { TaxCode = "01", TaxType = "External", TaxName = "外税10%", Rate = 10m, RoundDigit = -1, RoundMethod = "Floor" },
            taxes[1]);
    }

    [Fact]
    public async Task Unknown_codes_are_null_and_a_store_without_promotions_has_none()
    {
        var tenant = await system.NewTenantAsync();

        Assert.Null(await system.MasterData.FindItemAsync(tenant, "S01", "NOPE", default));
        Assert.Null(await system.MasterData.FindPaymentAsync(tenant, "99", default));
        Assert.Null(await system.MasterData.FindSettingValueAsync(tenant, "S01", 1, "NO_SUCH_SETTING", default));
        Assert.Empty(await system.MasterData.ActivePromotionsAsync(tenant, "S01", default));
    }

    [Fact]
    public async Task A_warm_read_makes_no_call_to_master_data()
    {
        var tenant = await system.NewTenantAsync();
        await system.ItemAsync(tenant, "4902", 100m);
        await system.PaymentAsync(tenant, "01", 0m, canChange: true);

        for (var i = 0; i < 3; i++)
        {
            Assert.NotNull(await system.MasterData.FindItemAsync(tenant, "S01", "4902", default));
            Assert.NotNull(await system.MasterData.FindPaymentAsync(tenant, "01", default));
            Assert.NotEmpty(await system.MasterData.TaxesAsync(tenant, default));
            Assert.Null(await system.MasterData.FindItemAsync(tenant, "S01", "UNKNOWN", default));
        }

        Assert.Equal(1, system.SentFor($"/tenants/{tenant}/stores/S01/items/4902/details"));
        Assert.Equal(1, system.SentFor($"/tenants/{tenant}/payments/01"));
        Assert.Equal(1, system.SentFor($"/tenants/{tenant}/taxes"));
        Assert.Equal(1, system.SentFor($"/tenants/{tenant}/stores/S01/items/UNKNOWN/details"));
    }

    [Fact]
    public async Task The_cache_is_kept_apart_by_tenant_and_store()
    {
        var tenant = await system.NewTenantAsync();
        var other = await system.NewTenantAsync();
        await system.ItemAsync(tenant, "4903", 100m);
        await system.StorePriceAsync(tenant, "S01", "4903", 90m);

        Assert.Equal(90m, (await system.MasterData.FindItemAsync(tenant, "S01", "4903", default))!.StorePrice);
        Assert.Null((await system.MasterData.FindItemAsync(tenant, "S02", "4903", default))!.StorePrice);
        Assert.Null(await system.MasterData.FindItemAsync(other, "S01", "4903", default));
    }

    [Fact]
    public async Task An_answer_is_asked_for_again_once_it_has_expired()
    {
        var tenant = await system.NewTenantAsync();
        await system.ItemAsync(tenant, "4904", 100m);
        var path = $"/tenants/{tenant}/stores/S01/items/4904/details";

        await system.MasterData.FindItemAsync(tenant, "S01", "4904", default);
        system.Cart.Time.Advance(Defaults.Duration - TimeSpan.FromSeconds(1));
        await system.MasterData.FindItemAsync(tenant, "S01", "4904", default);
        var askedWhileKept = system.SentFor(path);
        system.Cart.Time.Advance(TimeSpan.FromSeconds(2));
        await system.MasterData.FindItemAsync(tenant, "S01", "4904", default);

        Assert.Equal(1, askedWhileKept);
        Assert.Equal(2, system.SentFor(path));
    }

    [Fact]
    public async Task An_unknown_code_is_kept_for_less_time_so_an_item_added_later_sells_soon()
    {
        var tenant = await system.NewTenantAsync();
        var path = $"/tenants/{tenant}/stores/S01/items/4905/details";

        Assert.Null(await system.MasterData.FindItemAsync(tenant, "S01", "4905", default));
        await system.ItemAsync(tenant, "4905", 100m);
        var stillUnknown = await system.MasterData.FindItemAsync(tenant, "S01", "4905", default);
        system.Cart.Time.Advance(Defaults.MissDuration + TimeSpan.FromSeconds(1));
        var found = await system.MasterData.FindItemAsync(tenant, "S01", "4905", default);

        Assert.True(Defaults.MissDuration < Defaults.Duration);
        Assert.Null(stillUnknown);
        Assert.Equal(100m, found?.UnitPrice);
        Assert.Equal(2, system.SentFor(path));
    }
}
