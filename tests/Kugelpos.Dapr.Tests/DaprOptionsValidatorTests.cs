using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Kugelpos.Dapr.Tests;

public class DaprOptionsValidatorTests
{
    private readonly DaprOptionsValidator _validator = new();

    [Fact]
    public void Defaults_follow_the_seed_and_are_valid()
    {
        var defaults = new DaprOptions();

        Assert.True(_validator.Validate(null, defaults).Succeeded);
        Assert.Equal(3, defaults.FailureThreshold);
        Assert.Equal(TimeSpan.FromSeconds(60), defaults.OpenDuration);
        Assert.Equal(TimeSpan.FromSeconds(190), defaults.CallTimeout);
        Assert.Equal(100, defaults.MaxConnections);
    }

    [Theory]
    [InlineData(nameof(DaprOptions.FailureThreshold))]
    [InlineData(nameof(DaprOptions.OpenDuration))]
    [InlineData(nameof(DaprOptions.MaxAttempts))]
    [InlineData(nameof(DaprOptions.RetryBaseDelay))]
    [InlineData(nameof(DaprOptions.RetryMaxDelay))]
    [InlineData(nameof(DaprOptions.CallTimeout))]
    [InlineData(nameof(DaprOptions.MaxConnections))]
    [InlineData(nameof(DaprOptions.ConnectTimeout))]
    [InlineData(nameof(DaprOptions.PooledConnectionIdleTimeout))]
    public void An_out_of_range_setting_is_reported_by_its_configuration_path(string setting)
    {
        var options = Broken(setting);

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith($"Kugelpos:Dapr:{setting} ", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Helper_refuses_invalid_options_at_construction()
    {
        var options = Options.Create(Broken(nameof(DaprOptions.FailureThreshold)));

        var error = Assert.Throws<OptionsValidationException>(() => new DaprClientHelper(
            new Mock<global::Dapr.Client.DaprClient>().Object,
            options,
            new FakeTimeProvider(),
            NullLogger<DaprClientHelper>.Instance));

        Assert.Contains("FailureThreshold", error.Message, StringComparison.Ordinal);
    }

    private static DaprOptions Broken(string setting)
    {
        var options = new DaprOptions();
        switch (setting)
        {
            case nameof(DaprOptions.FailureThreshold): options.FailureThreshold = 0; break;
            case nameof(DaprOptions.OpenDuration): options.OpenDuration = TimeSpan.Zero; break;
            case nameof(DaprOptions.MaxAttempts): options.MaxAttempts = 0; break;
            case nameof(DaprOptions.RetryBaseDelay): options.RetryBaseDelay = TimeSpan.FromSeconds(-1); break;
            case nameof(DaprOptions.RetryMaxDelay): options.RetryMaxDelay = TimeSpan.FromMilliseconds(100); break;
            case nameof(DaprOptions.CallTimeout): options.CallTimeout = TimeSpan.FromMilliseconds(1); break;
            case nameof(DaprOptions.MaxConnections): options.MaxConnections = 0; break;
            case nameof(DaprOptions.ConnectTimeout): options.ConnectTimeout = TimeSpan.Zero; break;
            case nameof(DaprOptions.PooledConnectionIdleTimeout): options.PooledConnectionIdleTimeout = TimeSpan.FromSeconds(-1); break;
            default: throw new ArgumentOutOfRangeException(nameof(setting), setting, "No broken value for this setting.");
        }

        return options;
    }
}
