using Kugelpos.DocumentStore;

namespace Kugelpos.MasterData.Storage;

/// <summary>
/// One collection of a tenant's master data, as <c>POST /api/v1/tenants</c> prepares it. Each resource
/// registers its <see cref="MasterDataCollection{T}"/> as this interface, so preparing a tenant covers
/// every resource without a list kept in one place.
/// </summary>
internal interface IMasterDataCollection
{
    /// <summary>The collection name, as the original's (<c>master_category</c>...).</summary>
    string Name { get; }

    /// <summary>Creates the collection's unique indexes in the tenant's database (idempotent).</summary>
    Task EnsureIndexesAsync(IDocumentDatabase database, CancellationToken cancellationToken);
}
