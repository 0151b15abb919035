using System.Globalization;

namespace Kugelpos.Benchmarks.Sale;

/// <summary>The cart's speed targets (issue 9) and the verdicts of one run against them.</summary>
public static class SaleTargets
{
    /// <summary>The number of POS devices the add-item target is set at.</summary>
    public const int Devices = 32;

    /// <summary>Add-item calls per second the cart must carry at <see cref="Devices"/> devices.</summary>
    public const double MinAddItemsPerSecond = 5_000;

    /// <summary>The slowest whole sale, at p99, in milliseconds.</summary>
    public const double MaxSaleP99Ms = 150;

    /// <summary>
    /// The verdicts: add-item counts only at <see cref="Devices"/> devices; the sale's p99 counts only
    /// when no sale failed, since a p99 of the sales that went through hides the ones that did not.
    /// </summary>
    /// <param name="devices">How many devices the run had.</param>
    /// <param name="addItem">The add-item calls of the run.</param>
    /// <param name="sale">The whole sales of the run.</param>
    public static IReadOnlyList<TargetVerdict> Judge(int devices, LatencyStats addItem, LatencyStats sale)
    {
        ArgumentNullException.ThrowIfNull(addItem);
        ArgumentNullException.ThrowIfNull(sale);
        var inv = CultureInfo.InvariantCulture;
        var addItemTarget = string.Create(inv, $"add-item >= {MinAddItemsPerSecond:N0}/s at {Devices} devices");
        var addItemMeasured = devices == Devices
            ? string.Create(inv, $"{addItem.CallsPerSecond:N0}/s")
            : string.Create(inv, $"{addItem.CallsPerSecond:N0}/s at {devices} devices; run with --callers {Devices} to judge it");
        var saleTarget = string.Create(inv, $"whole-sale p99 <= {MaxSaleP99Ms:0} ms");
        var saleMeasured = sale.Calls == 0 ? "no sale went through"
            : sale.Errors > 0 ? string.Create(inv, $"p99 {sale.P99Ms:0.0} ms of the sales that went through, but {sale.Errors:N0} failed")
            : string.Create(inv, $"p99 {sale.P99Ms:0.0} ms");
        return
        [
            new(addItemTarget, devices == Devices && addItem.CallsPerSecond >= MinAddItemsPerSecond, addItemMeasured),
            new(saleTarget, sale.Calls > 0 && sale.Errors == 0 && sale.P99Ms <= MaxSaleP99Ms, saleMeasured),
        ];
    }
}
