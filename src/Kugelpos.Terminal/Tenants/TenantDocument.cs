using Kugelpos.DocumentStore;

namespace Kugelpos.Terminal.Tenants;

/// <summary>A tenant as stored in <c>db_terminal_{tenant}.info_tenant</c>; its stores are documents of their own.</summary>
/// <param name="Id">The tenant id: one document per tenant, so a second creation is a duplicate key.</param>
/// <param name="TenantName">The tenant's name.</param>
/// <param name="Tags">Free tags.</param>
/// <param name="CreatedAt">When the tenant was created.</param>
/// <param name="UpdatedAt">When it was last changed, if ever.</param>
internal sealed record TenantDocument(
    string Id,
    string TenantName,
    string[] Tags,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt) : IDocument;
