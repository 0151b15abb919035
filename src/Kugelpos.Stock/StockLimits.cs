namespace Kugelpos.Stock;

/// <summary>Ours: bounds the original left open, so no value can overflow a sum or fill a record.</summary>
public static class StockLimits
{
    /// <summary>The largest quantity, change or setting taken (a trillion).</summary>
    public const double MaxQuantity = 1_000_000_000_000;

    /// <summary>The longest reference, operator or creator.</summary>
    public const int MaxTextLength = 100;

    /// <summary>The longest note.</summary>
    public const int MaxNoteLength = 1000;
}
