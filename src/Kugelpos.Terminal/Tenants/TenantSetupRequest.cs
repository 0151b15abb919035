using System.Text.Json.Serialization;

namespace Kugelpos.Terminal.Tenants;

/// <summary>The body master data's <c>POST /api/v1/tenants</c> takes, spelled as the original's terminal sends it.</summary>
/// <param name="TenantId">The tenant to prepare.</param>
internal sealed record TenantSetupRequest([property: JsonPropertyName("tenant_id")] string TenantId);
