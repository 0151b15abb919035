namespace Kugelpos.Stock.Stocks;

/// <summary>The original's <c>UpdateType</c>: why a quantity changed.</summary>
internal static class StockUpdateTypes
{
    public const string Sale = "sale";
    public const string Return = "return";
    public const string Void = "void";
    public const string VoidReturn = "void_return";
    public const string Purchase = "purchase";
    public const string Adjustment = "adjustment";
    public const string Initial = "initial";
    public const string Damage = "damage";
    public const string TransferIn = "transfer_in";
    public const string TransferOut = "transfer_out";

    /// <summary>Every type, in the original's order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Sale, Return, Void, VoidReturn, Purchase, Adjustment, Initial, Damage, TransferIn, TransferOut];
}
