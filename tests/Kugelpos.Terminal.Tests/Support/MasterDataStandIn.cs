using System.Collections.Concurrent;
using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.Terminal.Tests.Support;

/// <summary>
/// A small app standing in for master data behind its own sidecar (app id <c>master-data</c>):
/// it answers the staff lookup as master data does, for the staff the test adds, and only to a
/// valid Kugelpos token of the route's tenant.
/// </summary>
internal sealed class MasterDataStandIn
{
    private readonly ConcurrentDictionary<(string Tenant, string Id), string> _staff = new();

    /// <summary>The Authorization headers the lookups came with.</summary>
    public ConcurrentQueue<string> Authorizations { get; } = new();

    /// <summary>Adds a staff member of a tenant.</summary>
    public void Add(string tenantId, string staffId, string name) => _staff[(tenantId, staffId)] = name;

    /// <summary>Starts it beside a sidecar of <paramref name="cluster"/>.</summary>
    public Task<ServiceTestHost> StartAsync(Kugelpos.Sidecar.SidecarCluster cluster) => ServiceTestHost.StartAsync(
        builder =>
        {
            builder.AddServiceDefaults("master-data");
            builder.AddKugelposJwt();
        },
        app =>
        {
            app.MapServiceDefaults();
            app.MapGet("api/v1/tenants/{tenant_id}/staff/{staff_id}", (string tenant_id, string staff_id, HttpRequest request) =>
            {
                Authorizations.Enqueue(request.Headers.Authorization.ToString());
                return _staff.TryGetValue((tenant_id, staff_id), out var name)
                    ? Results.Json(new ApiResponse<object>(true, 200, "Staff Retrieved", null, new { id = staff_id, name, pin = "should-not-matter", roles = Array.Empty<string>() }, null, "get_staff"))
                    : Results.Json(new ApiResponse<object?>(false, 404, "Staff not found", null, null, null, "get_staff"), statusCode: 404);
            }).RequireAuthorization(KugelposPolicies.Tenant);
        },
        sidecar: new TestSidecar("master-data") { Cluster = cluster });
}
