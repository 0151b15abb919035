using Kugelpos.MasterData.Validation;

namespace Kugelpos.MasterData.Settings;

/// <summary>The body of <c>POST /settings</c> (OpenAPI schema <c>SettingsMasterCreateRequest</c>): the name and the update fields.</summary>
public sealed record SettingsCreateRequest : SettingsRequest
{
    /// <summary>The setting's name (a master-data code), unique within the tenant.</summary>
    [MasterDataCode]
    public string? Name { get; init; }
}
