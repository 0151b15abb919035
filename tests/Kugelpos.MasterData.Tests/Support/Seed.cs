namespace Kugelpos.MasterData.Tests.Support;

/// <summary>Valid request bodies to start from.</summary>
internal static class Seed
{
    /// <summary>A common item body.</summary>
    public static object Item(string code, decimal unitPrice = 100m, string categoryCode = "C01", string taxCode = "01") => new
    {
        itemCode = code,
        description = "Item " + code,
        unitPrice,
        unitCost = 60m,
        itemDetails = new[] { "detail" },
        imageUrls = new[] { "https://example.com/" + code + ".png" },
        categoryCode,
        taxCode,
        isDiscountRestricted = false,
    };

    /// <summary>A payment method body.</summary>
    public static object Payment(string code, decimal limitAmount = 0m) => new
    {
        paymentCode = code,
        description = "Payment " + code,
        limitAmount,
        canRefund = true,
        canDepositOver = false,
        canChange = true,
        isActive = true,
    };
}
