using Dapr.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.Dapr.Tests;

public class DaprServiceCollectionExtensionsTests
{
    [Fact]
    public void Helper_resolves_as_one_singleton_with_options_bound_from_Kugelpos_Dapr()
    {
        using var provider = Build(new() { ["Kugelpos:Dapr:FailureThreshold"] = "5", ["Kugelpos:Dapr:OpenDuration"] = "00:02:00" });

        var helper = provider.GetRequiredService<DaprClientHelper>();
        var options = provider.GetRequiredService<IOptions<DaprOptions>>().Value;

        Assert.Same(helper, provider.GetRequiredService<IDaprClientHelper>());
        Assert.Equal(5, options.FailureThreshold);
        Assert.Equal(TimeSpan.FromMinutes(2), options.OpenDuration);
        Assert.NotNull(provider.GetRequiredService<DaprClient>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Invalid_configuration_fails_start_up_validation_naming_the_setting()
    {
        using var provider = Build(new() { ["Kugelpos:Dapr:MaxAttempts"] = "0" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Kugelpos:Dapr:MaxAttempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_configuration_applies_after_the_configuration_section()
    {
        using var provider = Build(new() { ["Kugelpos:Dapr:MaxAttempts"] = "4" }, options => options.MaxAttempts = 2);

        Assert.Equal(2, provider.GetRequiredService<IOptions<DaprOptions>>().Value.MaxAttempts);
    }

    [Fact]
    public void A_time_provider_registered_earlier_is_kept()
    {
        var fake = new FakeTimeProvider();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(fake);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());

        using var provider = services.AddKugelposDaprClient().BuildServiceProvider();

        Assert.Same(fake, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Connection_pool_follows_the_seed_limits()
    {
        using var handler = DaprClientFactory.CreateHandler(new DaprOptions());

        Assert.Equal(100, handler.MaxConnectionsPerServer);
        Assert.Equal(TimeSpan.FromSeconds(30), handler.ConnectTimeout);
        Assert.Equal(TimeSpan.FromSeconds(60), handler.PooledConnectionIdleTimeout);
        Assert.True(handler.EnableMultipleHttp2Connections);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<DaprOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.AddKugelposDaprClient(configure).BuildServiceProvider();
    }
}
