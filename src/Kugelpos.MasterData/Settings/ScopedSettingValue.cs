namespace Kugelpos.MasterData.Settings;

/// <summary>
/// A setting's value for a scope (OpenAPI schema <c>BaseSettingsMasterValue</c>): a store and one of
/// its terminals, a whole store (no terminal), or the whole tenant (neither).
/// </summary>
/// <param name="StoreCode">The store, or null for every store.</param>
/// <param name="TerminalNo">The terminal of the store, or null for every terminal.</param>
/// <param name="Value">The value in that scope.</param>
public sealed record ScopedSettingValue(string? StoreCode, int? TerminalNo, string Value);
