namespace Kugelpos.MasterData.Storage;

/// <summary>Where the master-data service keeps its documents, named as in the original.</summary>
internal static class MasterDataStorage
{
    /// <summary>Database prefix: each tenant's master data lives in <c>db_master_data_{tenant_id}</c>.</summary>
    public const string DatabasePrefix = "db_master_data";
}
