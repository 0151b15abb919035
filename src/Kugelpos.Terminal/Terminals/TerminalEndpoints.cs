using Kugelpos.Dapr;
using Kugelpos.Dapr.Actors;
using Kugelpos.Dapr.Outbox;
using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.Terminal.Actors;
using Kugelpos.Terminal.Auth;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kugelpos.Terminal.Terminals;

/// <summary>The terminals part of the service: the actor it hosts, its listing, and the <c>/api/v1/terminals</c> endpoints.</summary>
internal static class TerminalEndpoints
{
    /// <summary>Hosts <see cref="TerminalActor"/> and registers what the endpoints and the actor need.</summary>
    public static WebApplicationBuilder AddTerminals(this WebApplicationBuilder builder)
    {
        builder.AddKugelposActors(options => options.Actors.RegisterActor<TerminalActor>());
        var services = builder.Services;
        services.AddOptions<TerminalOptions>().BindConfiguration(TerminalOptions.SectionName);
        services.TryAddSingleton<TerminalListingStore>();
        services.TryAddSingleton<ITerminalListing>(provider => provider.GetRequiredService<TerminalListingStore>());
        services.TryAddSingleton<TerminalGateway>();
        services.TryAddSingleton<TerminalTokens>();
        services.Replace(ServiceDescriptor.Singleton<ITerminalKeyVerifier, ActorTerminalKeyVerifier>());
        services.AddDaprServiceClient<StaffDirectory>(StaffDirectory.MasterDataAppId);
        return builder;
    }

    /// <summary>Maps the actor runtime's endpoints, <c>/api/v1/terminals</c> and <c>/api/v1/auth/token</c>.</summary>
    public static WebApplication MapTerminals(this WebApplication app)
    {
        app.MapKugelposActors();

        var auth = app.MapApiGroup("api/v1/auth");
        auth.MapPost("token", TokenEndpoint.HandleAsync)
            .WithName(TokenEndpoint.Name).AllowAnonymous().DisableAntiforgery()
            .Produces<ApiResponse<TokenResponse>>();

        var terminals = app.MapApiGroup("api/v1/terminals");
        terminals.MapPost(string.Empty, CreateTerminalEndpoint.HandleAsync)
            .WithName(CreateTerminalEndpoint.Name).RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<TerminalView>>(StatusCodes.Status201Created);
        terminals.MapGet(string.Empty, ListTerminalsEndpoint.HandleAsync)
            .WithName(ListTerminalsEndpoint.Name).RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<IReadOnlyList<TerminalView>>>();
        terminals.MapGet("{terminal_id}", GetTerminalEndpoint.HandleAsync)
            .WithName(GetTerminalEndpoint.Name).RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<TerminalView>>();
        terminals.MapDelete("{terminal_id}", DeleteTerminalEndpoint.HandleAsync)
            .WithName(DeleteTerminalEndpoint.Name).RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<TerminalDeleteResponse>>();
        terminals.MapPatch("{terminal_id}/description", UpdateDescriptionEndpoint.HandleAsync)
            .WithName(UpdateDescriptionEndpoint.Name).RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<TerminalView>>();
        terminals.MapPatch("{terminal_id}/function_mode", UpdateFunctionModeEndpoint.HandleAsync)
            .WithName(UpdateFunctionModeEndpoint.Name).RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<TerminalView>>();
        terminals.MapPost("{terminal_id}/sign-in", SignInEndpoint.HandleAsync)
            .WithName(SignInEndpoint.Name).RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<TerminalView>>();
        terminals.MapPost("{terminal_id}/sign-out", SignOutEndpoint.HandleAsync)
            .WithName(SignOutEndpoint.Name).RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<TerminalView>>();
        terminals.MapPost("{terminal_id}/open", OpenTerminalEndpoint.HandleAsync)
            .WithName(OpenTerminalEndpoint.Name).RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<TerminalOpenResponse>>();
        terminals.MapPost("{terminal_id}/close", CloseTerminalEndpoint.HandleAsync)
            .WithName(CloseTerminalEndpoint.Name).RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<TerminalCloseResponse>>();
        terminals.MapPost("{terminal_id}/cash-in", CashInOutEndpoint.CashInAsync)
            .WithName(CashInOutEndpoint.CashInName).RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<CashInOutResponse>>();
        terminals.MapPost("{terminal_id}/cash-out", CashInOutEndpoint.CashOutAsync)
            .WithName(CashInOutEndpoint.CashOutName).RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<CashInOutResponse>>();
        terminals.MapPost("{terminal_id}/delivery-status", DeliveryStatusEndpoint.HandleAsync)
            .WithName(DeliveryStatusEndpoint.Name).RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<DeliveryStatusUpdateResponse>>();
        return app;
    }
}
