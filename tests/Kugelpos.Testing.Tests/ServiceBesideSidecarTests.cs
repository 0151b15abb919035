using System.Net;
using Dapr.Actors;
using Dapr.Actors.Client;
using Kugelpos.Account;
using Kugelpos.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Testing.Tests;

/// <summary>One harness for every service: started alone, or beside its own local sidecar with each told where the other is.</summary>
public sealed class ServiceBesideSidecarTests
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task The_account_service_beside_its_sidecar_answers_health_and_each_knows_where_the_other_listens()
    {
        await using var account = await ServiceTestHost.StartAsync(
            b => b.AddAccountService(),
            a => a.MapAccountService(),
            new Dictionary<string, string?> { ["Kugelpos:Account:PasswordWorkFactor"] = "4" },
            sidecar: new TestSidecar(AccountService.AppId));
        var sidecar = account.Sidecar!;
        var configuration = account.Services.GetRequiredService<IConfiguration>();

        using var health = await account.Client.GetAsync(new Uri("/health", UriKind.Relative));
        using var healthz = await Http.GetAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/healthz"));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("account", (await Json.ReadAsync(health)).GetProperty("service").GetString());
        Assert.Equal(HttpStatusCode.NoContent, healthz.StatusCode);
        Assert.Equal(account.Client.BaseAddress!.Port, sidecar.Options.AppPort);
        Assert.Equal(sidecar.HttpEndpoint, new Uri(configuration["DAPR_HTTP_ENDPOINT"]!));
        Assert.Equal(sidecar.GrpcEndpoint, new Uri(configuration["DAPR_GRPC_ENDPOINT"]!));
    }

    [Fact]
    public async Task A_service_started_alone_has_no_sidecar_to_restart()
    {
        await using var account = await ServiceTestHost.StartAsync(b => b.AddAccountService(), a => a.MapAccountService());

        Assert.Null(account.Sidecar);
        Assert.Null(account.Services.GetRequiredService<IConfiguration>()["DAPR_HTTP_ENDPOINT"]);
        await Assert.ThrowsAsync<InvalidOperationException>(() => account.RestartSidecarAsync());
    }

    [Fact]
    public async Task An_actor_service_requiring_the_app_token_keeps_its_state_in_the_embedded_store_across_a_sidecar_restart()
    {
        await using var service = await ServiceTestHost.StartAsync(
            builder =>
            {
                builder.AddServiceDefaults();
                builder.Services.AddActors(actors =>
                {
                    actors.Actors.RegisterActor<TallyActor>();
                    actors.HttpEndpoint = builder.Configuration["DAPR_HTTP_ENDPOINT"];
                });
            },
            app =>
            {
                app.MapServiceDefaults();
                app.MapActorsHandlers().RequireDaprAppToken();
            },
            sidecar: new TestSidecar("tally") { ActorStore = ActorStore.Embedded, AppToken = "tally-app-token" });
        ITallyActor Tally() => new ActorProxyFactory(new ActorProxyOptions { HttpEndpoint = service.Sidecar!.HttpEndpoint.GetLeftPart(UriPartial.Authority) })
            .CreateActorProxy<ITallyActor>(new ActorId("t1"), nameof(TallyActor));

        Assert.Equal(2, await Tally().AddAsync(2));
        await service.RestartSidecarAsync();
        Assert.Equal(5, await Tally().AddAsync(3));

        // The calls above carried the token, for the app refuses whatever comes without it.
        using var tokenless = await service.Client.GetAsync(new Uri("/dapr/config", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, tokenless.StatusCode);
    }
}
