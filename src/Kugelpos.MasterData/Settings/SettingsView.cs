using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.MasterData.Settings;

/// <summary>A setting as the API returns it (OpenAPI schema <c>SettingsMasterResponse</c>).</summary>
/// <param name="Name">The name.</param>
/// <param name="DefaultValue">The value where no scoped value applies.</param>
/// <param name="Values">The scoped values.</param>
/// <param name="EntryDatetime">When it was created, <c>yyyy-MM-dd HH:mm:ss</c>.</param>
/// <param name="LastUpdateDatetime">When it was last changed, if ever.</param>
public sealed record SettingsView(
    string Name, string DefaultValue, IReadOnlyList<ScopedSettingValue> Values, string EntryDatetime, string? LastUpdateDatetime)
{
    internal static SettingsView From(SettingsDocument setting) => new(
        setting.Name,
        setting.DefaultValue,
        setting.Values,
        ResponseTimestamps.Format(setting.CreatedAt),
        ResponseTimestamps.Format(setting.UpdatedAt));
}
