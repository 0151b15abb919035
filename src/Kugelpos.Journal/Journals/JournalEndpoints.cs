using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;

namespace Kugelpos.Journal.Journals;

/// <summary>The journal endpoints; each takes a JWT or a terminal's API key for the path's tenant, as the original.</summary>
internal static class JournalEndpoints
{
    public static WebApplication MapJournals(this WebApplication app)
    {
        var stores = app.MapApiGroup("api/v1/tenants/{tenant_id}/stores/{store_code}");
        stores.MapPost("terminals/{terminal_no:int}/journals", CreateJournalEndpoint.HandleAsync)
            .WithName(CreateJournalEndpoint.Name).RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<JournalView>>(StatusCodes.Status201Created);
        stores.MapGet("journals", SearchJournalsEndpoint.HandleAsync)
            .WithName(SearchJournalsEndpoint.Name).RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<IReadOnlyList<JournalView>>>();
        return app;
    }
}
