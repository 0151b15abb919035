using Kugelpos.DocumentStore;

namespace Kugelpos.Account.Tenants;

/// <summary>A registered tenant in the tenant registry.</summary>
/// <param name="Id">The tenant id in upper case, so ids differing only in case are one tenant.</param>
/// <param name="TenantId">The tenant id as registered.</param>
/// <param name="CreatedAt">When it was registered.</param>
internal sealed record TenantRecord(string Id, string TenantId, DateTimeOffset CreatedAt) : IDocument;
