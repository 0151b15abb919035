using Kugelpos.DocumentStore;

namespace Kugelpos.Journal.Tenants;

/// <summary>The mark that a tenant was prepared with <c>POST /api/v1/tenants</c>.</summary>
internal sealed record TenantDocument : IDocument
{
    public required string Id { get; init; }
}
