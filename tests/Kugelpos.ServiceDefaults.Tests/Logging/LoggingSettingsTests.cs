using Kugelpos.ServiceDefaults.Logging;
using Microsoft.Extensions.Configuration;
using Serilog.Events;

namespace Kugelpos.ServiceDefaults.Tests.Logging;

public class LoggingSettingsTests
{
    [Fact]
    public void Json_is_used_inside_a_container()
    {
        var configuration = Configuration(("DOTNET_RUNNING_IN_CONTAINER", "true"));

        Assert.True(LoggingSettings.UseJson(configuration));
    }

    [Fact]
    public void Readable_text_is_used_outside_a_container()
    {
        Assert.False(LoggingSettings.UseJson(Configuration()));
    }

    [Fact]
    public void The_json_setting_wins_over_the_container_default()
    {
        Assert.False(LoggingSettings.UseJson(Configuration(("DOTNET_RUNNING_IN_CONTAINER", "true"), ("Kugelpos:Logging:Json", "false"))));
        Assert.True(LoggingSettings.UseJson(Configuration(("Kugelpos:Logging:Json", "true"))));
    }

    [Fact]
    public void A_malformed_json_setting_is_refused_naming_the_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => LoggingSettings.UseJson(Configuration(("Kugelpos:Logging:Json", "yes"))));

        Assert.Contains("Kugelpos:Logging:Json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Levels_come_from_configuration_over_the_defaults()
    {
        var configuration = Configuration(
            ("Kugelpos:Logging:MinimumLevel", "debug"),
            ("Kugelpos:Logging:Override:Microsoft.AspNetCore", "Error"));

        Assert.Equal(LogEventLevel.Debug, LoggingSettings.MinimumLevel(configuration));
        Assert.Equal(LogEventLevel.Error, LoggingSettings.Overrides(configuration)["Microsoft.AspNetCore"]);
        Assert.Equal(LogEventLevel.Warning, LoggingSettings.Overrides(configuration)["System.Net.Http.HttpClient"]);
    }

    [Fact]
    public void An_unknown_level_is_refused_naming_the_key()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => LoggingSettings.MinimumLevel(Configuration(("Kugelpos:Logging:MinimumLevel", "Loud"))));

        Assert.Contains("Kugelpos:Logging:MinimumLevel", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
}
