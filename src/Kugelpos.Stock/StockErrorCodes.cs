namespace Kugelpos.Stock;

/// <summary>The original's stock error codes (stock_error_codes.py), the 414xxx range.</summary>
public static class StockErrorCodes
{
    /// <summary>No stock record for the item.</summary>
    public const string StockNotFound = "414001";

    /// <summary>A stock value is refused.</summary>
    public const string StockValidationError = "414003";

    /// <summary>A stock update is refused.</summary>
    public const string StockUpdateValidationError = "414102";

    /// <summary>A stock record kept changing under an update.</summary>
    public const string StockUpdateConflict = "414103";

    /// <summary>No snapshot with the id.</summary>
    public const string SnapshotNotFound = "414202";

    /// <summary>A snapshot request or schedule is refused.</summary>
    public const string SnapshotValidationError = "414203";
}
