namespace Kugelpos.MasterData.Settings;

/// <summary>The data of a setting's deletion (OpenAPI schema <c>SettingsMasterDeleteResponse</c>).</summary>
/// <param name="Name">The deleted setting's name.</param>
public sealed record SettingsDeleted(string Name);
