using System.Security.Claims;
using Kugelpos.Dapr.Outbox;
using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Dapr.Tests.Outbox;

/// <summary>
/// A publisher as the terminal service is wired for reports: service defaults, the Kugelpos JWT, and
/// the terminal's delivery-status endpoint behind <see cref="KugelposPolicies.Tenant"/>, which keeps
/// what it receives in a <see cref="DeliveryStatusInbox"/>.
/// </summary>
internal static class DeliveryStatusPublisher
{
    public const string Route = "/api/v1/terminals/{terminal_id}/delivery-status";

    public static Task<ServiceTestHost> StartAsync(DeliveryStatusInbox inbox, TestSidecar sidecar) =>
        ServiceTestHost.StartAsync(
            builder =>
            {
                builder.AddServiceDefaults(DeliveryStatusTarget.TerminalAppId);
                builder.AddKugelposJwt();
                builder.Services.AddSingleton(inbox);
            },
            app =>
            {
                app.MapServiceDefaults();
                app.MapPost(Route, (DeliveryStatusUpdate update, HttpContext context, DeliveryStatusInbox received) =>
                    {
                        received.Received.Enqueue(new ReceivedStatus(
                            context.Request.Path, update, Claim(context.User, KugelposClaims.TenantId), Claim(context.User, KugelposClaims.Service)));
                        return Results.Ok();
                    })
                    .RequireAuthorization(KugelposPolicies.Tenant);
            },
            sidecar: sidecar);

    private static string? Claim(ClaimsPrincipal user, string type) => user.FindFirst(type)?.Value;
}
