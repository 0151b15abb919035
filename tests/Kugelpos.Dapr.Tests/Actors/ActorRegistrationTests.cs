using System.Net;
using System.Text.Json;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Dapr.Actors;
using Kugelpos.Dapr.Tests.Outbox;
using Kugelpos.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Dapr.Tests.Actors;

public sealed class ActorRegistrationTests
{
    private const string AppToken = "app-token-from-daprd";

    private static Task<ServiceTestHost> StartAsync() => ServiceTestHost.StartAsync(
        builder =>
        {
            builder.AddServiceDefaults("actors");
            builder.AddKugelposActors(options => options.Actors.RegisterActor<CashDrawerActor>(CashDrawerActor.TypeName));
            builder.Services.AddSingleton(new CashDrawerSettings(EventChannels.Cashlog, []));
        },
        app =>
        {
            app.MapServiceDefaults();
            app.MapKugelposActors();
        },
        new Dictionary<string, string?> { ["APP_API_TOKEN"] = AppToken });

    private static async Task<HttpResponseMessage> GetAsync(ServiceTestHost service, string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Add("dapr-api-token", token);
        }

        return await service.Client.SendAsync(request);
    }

    [Fact]
    public async Task The_sidecar_reads_the_registered_actor_types_with_the_Kugelpos_defaults()
    {
        await using var service = await StartAsync();

        using var response = await GetAsync(service, "/dapr/config", AppToken);
        using var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([CashDrawerActor.TypeName], config.RootElement.GetProperty("entities").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("1h0m0s0ms", config.RootElement.GetProperty("actorIdleTimeout").GetString());
        Assert.False(config.RootElement.GetProperty("reentrancy").GetProperty("enabled").GetBoolean());
        Assert.True(config.RootElement.GetProperty("drainRebalancedActors").GetBoolean());
        Assert.Equal("0h1m0s0ms", config.RootElement.GetProperty("drainOngoingCallTimeout").GetString());
    }

    [Theory]
    [InlineData("/dapr/config")]
    [InlineData("/healthz")]
    public async Task Every_endpoint_the_sidecar_calls_refuses_a_caller_without_the_app_token(string path)
    {
        await using var service = await StartAsync();

        using var refused = await GetAsync(service, path, null);
        using var wrong = await GetAsync(service, path, "wrong");
        using var allowed = await GetAsync(service, path, AppToken);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (refused.StatusCode, wrong.StatusCode));
        Assert.True(allowed.IsSuccessStatusCode, $"{path} answered {allowed.StatusCode} with the token");
    }

    [Fact]
    public async Task An_actor_call_without_the_app_token_is_refused_before_the_actor_runs()
    {
        await using var service = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/actors/{CashDrawerActor.TypeName}/d1/method/BalanceAsync");

        using var response = await service.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void The_sidecar_endpoint_and_token_come_from_configuration()
    {
        var options = new global::Dapr.Actors.Runtime.ActorRuntimeOptions();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["DAPR_HTTP_ENDPOINT"] = "http://127.0.0.1:3999", ["DAPR_API_TOKEN"] = "sidecar-token" })
            .Build();

        KugelposActorDefaults.Apply(options, configuration);

        Assert.Equal(("http://127.0.0.1:3999", "sidecar-token"), (options.HttpEndpoint, options.DaprApiToken));
    }

    [Fact]
    public void The_drain_settings_come_from_configuration()
    {
        var options = new global::Dapr.Actors.Runtime.ActorRuntimeOptions();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [KugelposActorDefaults.DrainRebalancedActorsKey] = "false",
                [KugelposActorDefaults.DrainOngoingCallTimeoutKey] = "00:00:20",
            })
            .Build();

        KugelposActorDefaults.Apply(options, configuration);

        Assert.Equal((false, TimeSpan.FromSeconds(20)), (options.DrainRebalancedActors, options.DrainOngoingCallTimeout));
    }

    [Fact]
    public void A_drain_timeout_that_is_not_a_time_span_is_refused_naming_the_setting()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [KugelposActorDefaults.DrainOngoingCallTimeoutKey] = "soon" })
            .Build();

        var error = Assert.Throws<InvalidOperationException>(() => KugelposActorDefaults.Apply(new global::Dapr.Actors.Runtime.ActorRuntimeOptions(), configuration));

        Assert.Contains(KugelposActorDefaults.DrainOngoingCallTimeoutKey, error.Message, StringComparison.Ordinal);
    }
}
