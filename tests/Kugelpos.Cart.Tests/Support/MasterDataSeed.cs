namespace Kugelpos.Cart.Tests.Support;

/// <summary>Master data for a cart to read, seeded through master data's REST API.</summary>
internal static class MasterDataSeed
{
    /// <summary>Posts <paramref name="body"/> to master data as the tenant's administrator, asserting it was created.</summary>
    public static async Task PostAsync(ServiceTestHost masterData, string tenantId, string path, object body)
    {
        using var response = await masterData.SendAsync(HttpMethod.Post, path, body, masterData.UserToken(tenantId));
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A common item.</summary>
    public static Task ItemAsync(this CartWithMasterData system, string tenantId, string code, decimal unitPrice, string categoryCode = "C01", string taxCode = "01") =>
        system.SeedAsync(tenantId, $"/api/v1/tenants/{tenantId}/items", new
        {
            itemCode = code,
            description = "Item " + code,
            unitPrice,
            unitCost = 60m,
            itemDetails = new[] { "detail" },
            imageUrls = Array.Empty<string>(),
            categoryCode,
            taxCode,
            isDiscountRestricted = false,
        });

    /// <summary>A store's price of an item.</summary>
    public static Task StorePriceAsync(this CartWithMasterData system, string tenantId, string storeCode, string itemCode, decimal storePrice) =>
        system.SeedAsync(tenantId, $"/api/v1/tenants/{tenantId}/stores/{storeCode}/items", new { itemCode, storePrice });

    /// <summary>A payment method.</summary>
    public static Task PaymentAsync(this CartWithMasterData system, string tenantId, string code, decimal limitAmount, bool canChange) =>
        system.SeedAsync(tenantId, $"/api/v1/tenants/{tenantId}/payments", new
        {
            paymentCode = code,
            description = "Payment " + code,
            limitAmount,
            canRefund = true,
            canDepositOver = canChange,
            canChange,
            isActive = true,
        });

    /// <summary>A setting with a default and one value for a store's terminal.</summary>
    public static Task SettingAsync(this CartWithMasterData system, string tenantId, string name, string defaultValue, string storeCode, int terminalNo, string value) =>
        system.SeedAsync(tenantId, $"/api/v1/tenants/{tenantId}/settings", new
        {
            name,
            defaultValue,
            values = new[] { new { storeCode, terminalNo, value } },
        });

    /// <summary>A category discount running from a day before to a day after the services' start time.</summary>
    public static Task CategoryDiscountAsync(this CartWithMasterData system, string tenantId, string code, string[] storeCodes, string categoryCode, decimal discountRate) =>
        system.SeedAsync(tenantId, $"/api/v1/tenants/{tenantId}/promotions", new
        {
            promotionCode = code,
            promotionType = "category_discount",
            name = "Promotion " + code,
            startDatetime = ServiceTestHost.Start.AddDays(-1).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            endDatetime = ServiceTestHost.Start.AddDays(1).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            detail = new { targetStoreCodes = storeCodes, targetCategoryCodes = new[] { categoryCode }, discountRate },
        });
}
