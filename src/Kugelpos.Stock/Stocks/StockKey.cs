using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Kugelpos.Stock.Stocks;

/// <summary>One item in one store.</summary>
/// <param name="StoreCode">The store.</param>
/// <param name="ItemCode">The item.</param>
internal sealed record StockKey(string StoreCode, string ItemCode)
{
    /// <summary>The longest store or item code taken.</summary>
    public const int MaxCodeLength = 100;

    /// <summary>
    /// The record's id: the store code's length first, so no pair of codes can spell another pair's
    /// id whatever characters they hold.
    /// </summary>
    public string Id => string.Create(CultureInfo.InvariantCulture, $"{StoreCode.Length}:{StoreCode}:{ItemCode}");

    /// <summary>Whether <paramref name="code"/> can name a store or an item.</summary>
    public static bool IsValidCode([NotNullWhen(true)] string? code) =>
        !string.IsNullOrWhiteSpace(code) && code.Length <= MaxCodeLength && !code.Any(char.IsControl);
}
