using Kugelpos.MasterData.Storage;
using Kugelpos.ServiceDefaults.Paging;

namespace Kugelpos.MasterData.Settings;

/// <summary>Each tenant's settings (<c>master_settings</c>, name unique).</summary>
internal sealed class SettingsRepository(MasterDataDatabase database)
    : MasterDataRepository<SettingsDocument>(database, Collection, SortFields)
{
    /// <summary>The collection and its unique name index.</summary>
    public static MasterDataCollection<SettingsDocument> Collection { get; } = new("master_settings", [nameof(SettingsDocument.Name)]);

    /// <summary>
    /// The sortable fields, by the original's names. The original's default (<c>category_code:1</c>, a
    /// field settings lack) left MongoDB's natural order; ours is the name, stable across pages.
    /// </summary>
    private static SortFields SortFields { get; } = new(
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name"] = nameof(SettingsDocument.Name),
            ["default_value"] = nameof(SettingsDocument.DefaultValue),
            ["entry_datetime"] = nameof(SettingsDocument.CreatedAt),
            ["last_update_datetime"] = nameof(SettingsDocument.UpdatedAt),
        },
        "name:1");

    /// <summary>The tenant's setting with this name, or null.</summary>
    public Task<SettingsDocument?> FindAsync(string tenantId, string name, CancellationToken cancellationToken) =>
        FindByCodeAsync(tenantId, nameof(SettingsDocument.Name), name, null, cancellationToken);
}
