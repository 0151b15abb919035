using Kugelpos.DocumentStore;

namespace Kugelpos.Stock.Tenants;

/// <summary>A tenant prepared with <c>POST /api/v1/tenants</c>; the id is the tenant id.</summary>
internal sealed record StockTenantRecord(string Id, DateTimeOffset CreatedAt) : IDocument;
