namespace Kugelpos.Cart.Abstractions.Masters;

/// <summary>A setting's value for one store, or one terminal of a store.</summary>
/// <param name="StoreCode">The store, or null for any.</param>
/// <param name="TerminalNo">The terminal, or null for every terminal of the store.</param>
/// <param name="Value">The value.</param>
public sealed record SettingValue(string? StoreCode, int? TerminalNo, string Value);
