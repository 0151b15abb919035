using Kugelpos.DocumentStore;

namespace Kugelpos.MasterData.Settings;

/// <summary>A setting as stored in <c>db_master_data_{tenant}.master_settings</c>.</summary>
/// <param name="Id">A fresh unique id; the name is unique through its own index.</param>
/// <param name="Name">The setting's name, unique within the tenant.</param>
/// <param name="DefaultValue">The value where no scoped value applies.</param>
/// <param name="Values">Values for a store, or for one terminal of a store.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it was last changed, if ever.</param>
internal sealed record SettingsDocument(
    string Id,
    string Name,
    string DefaultValue,
    IReadOnlyList<ScopedSettingValue> Values,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt) : IDocument;
