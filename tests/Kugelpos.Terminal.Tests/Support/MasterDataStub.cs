using System.Collections.Concurrent;
using System.Text.Json;
using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.Terminal.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.Terminal.Tests.Support;

/// <summary>
/// Stands in for the master-data service behind its own sidecar (app id <c>master-data</c>): its
/// <c>POST /api/v1/tenants</c> takes a user's token, as master data does, keeps what it was sent and
/// answers <see cref="Answer"/>.
/// </summary>
internal sealed class MasterDataStub
{
    /// <summary>Each tenant set up: the body's <c>tenant_id</c> and the tenant of the token it came with.</summary>
    public ConcurrentQueue<(string BodyTenantId, string TokenTenantId)> Received { get; } = new();

    /// <summary>The status the stub answers; anything but 201 is a failing master data.</summary>
    public int Answer { get; set; } = StatusCodes.Status201Created;

    public Task<ServiceTestHost> StartAsync(TestSidecar sidecar) =>
        ServiceTestHost.StartAsync(
            builder =>
            {
                builder.AddServiceDefaults(TenantSetupTarget.MasterData);
                builder.AddKugelposJwt();
            },
            app =>
            {
                app.MapServiceDefaults();
                app.MapPost("/" + TenantSetupTarget.Path, async (HttpContext context) =>
                    {
                        using var body = await JsonDocument.ParseAsync(context.Request.Body);
                        Received.Enqueue((body.RootElement.GetProperty("tenant_id").GetString()!, context.User.FindFirst(KugelposClaims.TenantId)!.Value));
                        return Results.StatusCode(Answer);
                    })
                    .RequireAuthorization(KugelposPolicies.User);
            },
            sidecar: sidecar);
}
