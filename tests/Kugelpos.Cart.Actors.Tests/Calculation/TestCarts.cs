using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Abstractions.Masters;
using Kugelpos.Cart.Actors.Calculation;

namespace Kugelpos.Cart.Actors.Tests.Calculation;

/// <summary>Carts and items for the calculation tests, with the default taxes of DOMAIN.md.</summary>
internal static class TestCarts
{
    /// <summary>00 exempt; 01 external 10 %; 02 internal 10 %; 11 external 8 %; 12 internal 8 %; all rounded down.</summary>
    public static IReadOnlyList<TaxMaster> DefaultTaxes { get; } =
    [
        new() { TaxCode = "00", TaxType = TaxTypes.Exempt, TaxName = "非課税", Rate = 0m, RoundDigit = 0 },
        new() { TaxCode = "01", TaxType = TaxTypes.External, TaxName = "外税10%", Rate = 10m, RoundDigit = -1, RoundMethod = RoundMethods.Floor },
        new() { TaxCode = "02", TaxType = TaxTypes.Internal, TaxName = "内税10%", Rate = 10m, RoundDigit = -1, RoundMethod = RoundMethods.Floor },
        new() { TaxCode = "11", TaxType = TaxTypes.External, TaxName = "外税 8%", Rate = 8m, RoundDigit = -1, RoundMethod = RoundMethods.Floor },
        new() { TaxCode = "12", TaxType = TaxTypes.Internal, TaxName = "内税 8%", Rate = 8m, RoundDigit = -1, RoundMethod = RoundMethods.Floor },
    ];

    public static CartCalculator Calculator(string discountRounding = RoundMethods.Round) =>
        new(new CalculationOptions { DiscountRounding = discountRounding });

    public static CartLineEditor Editor(string discountRounding = RoundMethods.Round) => new(Calculator(discountRounding));

    public static CartDocument Empty(IReadOnlyList<TaxMaster>? taxes = null) => new()
    {
        CartId = "cart-1",
        TenantId = "T9999",
        StoreCode = "5678",
        StoreName = "Test store",
        TerminalNo = 9,
        BusinessDate = new DateOnly(2026, 11, 30),
        OpenCounter = 1,
        BusinessCounter = 3,
        State = CartState.EnteringItem,
        Masters = new CartMasters { Taxes = taxes ?? DefaultTaxes },
    };

    public static ItemMaster Item(
        string code, decimal unitPrice, string taxCode = "01", decimal? storePrice = null, bool restricted = false, string category = "001") => new()
    {
        ItemCode = code,
        Description = $"Item {code}",
        DescriptionShort = code,
        UnitPrice = unitPrice,
        StorePrice = storePrice,
        TaxCode = taxCode,
        CategoryCode = category,
        IsDiscountRestricted = restricted,
        ItemDetails = [$"detail of {code}"],
        ImageUrls = [$"https://img.example/{code}.png"],
    };

    /// <summary>A cart with one line per (price, quantity, tax code), items named A, B, C...</summary>
    public static CartDocument With(params (decimal Price, int Quantity, string TaxCode)[] lines) =>
        With(RoundMethods.Round, lines);

    public static CartDocument With(string discountRounding, params (decimal Price, int Quantity, string TaxCode)[] lines) =>
        Editor(discountRounding).AddItems(
            Empty(),
            [.. lines.Select((l, i) => new ItemEntry(Item(((char)('A' + i)).ToString(), l.Price, l.TaxCode), l.Quantity))]);
}
