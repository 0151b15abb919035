using System.Collections.Concurrent;
using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.Terminal.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.Terminal.Tests.Support;

/// <summary>
/// A small app standing in for master data behind its own sidecar (app id <c>master-data</c>), so a
/// test can see what the terminal service sends it and make it fail: tenant set-up
/// (<c>POST /api/v1/tenants</c>, a user's token, as master data takes it) and the staff lookup of
/// sign-in (any valid Kugelpos token of the route's tenant), for the staff the test adds. Beside it,
/// each on a sidecar of its own, the tenant set-up of the cart, report, journal and stock, which
/// the terminal service calls next.
/// </summary>
internal sealed class MasterDataStandIn
{
    private readonly ConcurrentDictionary<(string Tenant, string Id), string> _staff = new();

    /// <summary>The Authorization headers the staff lookups came with.</summary>
    public ConcurrentQueue<string> Authorizations { get; } = new();

    private readonly TenantSetupStandIn _masterDataSetUp;

    private readonly Dictionary<string, TenantSetupStandIn> _otherSetUps;

    public MasterDataStandIn()
    {
        _masterDataSetUp = new TenantSetupStandIn(() => Answer);
        _otherSetUps = OtherTargets.ToDictionary(t => t, t => new TenantSetupStandIn(() => Answers[t]), StringComparer.Ordinal);
    }

    /// <summary>Each tenant set up: the body's <c>tenant_id</c> and the tenant of the token it came with.</summary>
    public ConcurrentQueue<(string BodyTenantId, string TokenTenantId)> Received => _masterDataSetUp.Received;

    /// <summary>The status tenant set-up answers; anything but 201 is a failing master data.</summary>
    public int Answer { get; set; } = StatusCodes.Status201Created;

    /// <summary>Each tenant set up at the other services, by app id, as <see cref="Received"/>.</summary>
    public IReadOnlyDictionary<string, ConcurrentQueue<(string BodyTenantId, string TokenTenantId)>> SetUps =>
        _otherSetUps.ToDictionary(pair => pair.Key, pair => pair.Value.Received, StringComparer.Ordinal);

    /// <summary>The status each other service's tenant set-up answers, by app id; anything but 201 is a failing service.</summary>
    public ConcurrentDictionary<string, int> Answers { get; } =
        new(OtherTargets.Select(t => KeyValuePair.Create(t, StatusCodes.Status201Created)), StringComparer.Ordinal);

    private static IEnumerable<string> OtherTargets => TenantSetupTarget.All.Select(t => t.AppId).Where(a => a != TenantSetupTarget.MasterData);

    /// <summary>Adds a staff member of a tenant.</summary>
    public void Add(string tenantId, string staffId, string name) => _staff[(tenantId, staffId)] = name;

    /// <summary>Starts the stand-ins, each beside a sidecar of <paramref name="cluster"/>; disposing the result stops them.</summary>
    /// <param name="cluster">The placement the stand-ins join.</param>
    /// <param name="startedElsewhere">App ids the test runs an app of its own for (which takes tenant set-up itself).</param>
    public async Task<IAsyncDisposable> StartAsync(Kugelpos.Sidecar.SidecarCluster cluster, params string[] startedElsewhere)
    {
        List<ServiceTestHost> hosts = [await StartMasterDataAsync(cluster)];
        foreach (var appId in OtherTargets.Except(startedElsewhere, StringComparer.Ordinal))
        {
            hosts.Add(await ServiceTestHost.StartAsync(
                builder =>
                {
                    builder.AddServiceDefaults(appId);
                    builder.AddKugelposJwt();
                },
                app =>
                {
                    app.MapServiceDefaults();
                    _otherSetUps[appId].Map(app).RequireAuthorization(KugelposPolicies.User);
                },
                sidecar: new TestSidecar(appId) { Cluster = cluster }));
        }

        return new Hosts(hosts);
    }

    private Task<ServiceTestHost> StartMasterDataAsync(Kugelpos.Sidecar.SidecarCluster cluster) => ServiceTestHost.StartAsync(
        builder =>
        {
            builder.AddServiceDefaults(TenantSetupTarget.MasterData);
            builder.AddKugelposJwt();
        },
        app =>
        {
            app.MapServiceDefaults();
            _masterDataSetUp.Map(app).RequireAuthorization(KugelposPolicies.User);
            app.MapGet("api/v1/tenants/{tenant_id}/staff/{staff_id}", (string tenant_id, string staff_id, HttpRequest request) =>
            {
                Authorizations.Enqueue(request.Headers.Authorization.ToString());
                return _staff.TryGetValue((tenant_id, staff_id), out var name)
                    ? Results.Json(new ApiResponse<object>(true, 200, "Staff Retrieved", null, new { id = staff_id, name, pin = "should-not-matter", roles = Array.Empty<string>() }, null, "get_staff"))
                    : Results.Json(new ApiResponse<object?>(false, 404, "Staff not found", null, null, null, "get_staff"), statusCode: 404);
            }).RequireAuthorization(KugelposPolicies.Tenant);
        },
        sidecar: new TestSidecar(TenantSetupTarget.MasterData) { Cluster = cluster });

    private sealed class Hosts(List<ServiceTestHost> hosts) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var host in Enumerable.Reverse(hosts))
            {
                await host.DisposeAsync();
            }
        }
    }
}
