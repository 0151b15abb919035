using Kugelpos.DocumentStore;

namespace Kugelpos.Report.Tenants;

/// <summary>The one document saying the tenant was set up here; logs of a tenant without it are refused.</summary>
internal sealed record TenantMarkerDocument : IDocument
{
    public const string MarkerId = "tenant";

    public string Id { get; init; } = MarkerId;

    public required string TenantId { get; init; }
}
