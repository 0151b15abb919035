namespace Kugelpos.MasterData.Settings;

/// <summary>The value a setting resolves to (OpenAPI schema <c>SettingsMasterValueResponse</c>).</summary>
/// <param name="Value">The resolved value.</param>
public sealed record SettingValueView(string Value);
