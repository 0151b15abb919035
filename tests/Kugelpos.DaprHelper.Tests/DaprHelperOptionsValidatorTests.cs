using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Kugelpos.DaprHelper.Tests;

public class DaprHelperOptionsValidatorTests
{
    private readonly DaprHelperOptionsValidator _validator = new();

    [Fact]
    public void Defaults_follow_the_seed_and_are_valid()
    {
        var defaults = new DaprHelperOptions();

        Assert.True(_validator.Validate(null, defaults).Succeeded);
        Assert.Equal(3, defaults.FailureThreshold);
        Assert.Equal(TimeSpan.FromSeconds(60), defaults.OpenDuration);
        Assert.Equal(TimeSpan.FromSeconds(30), defaults.AttemptTimeout);
        Assert.Equal(100, defaults.MaxConnections);
    }

    [Theory]
    [InlineData(nameof(DaprHelperOptions.FailureThreshold))]
    [InlineData(nameof(DaprHelperOptions.OpenDuration))]
    [InlineData(nameof(DaprHelperOptions.MaxAttempts))]
    [InlineData(nameof(DaprHelperOptions.RetryBaseDelay))]
    [InlineData(nameof(DaprHelperOptions.RetryMaxDelay))]
    [InlineData(nameof(DaprHelperOptions.AttemptTimeout))]
    [InlineData(nameof(DaprHelperOptions.MaxConnections))]
    [InlineData(nameof(DaprHelperOptions.ConnectTimeout))]
    [InlineData(nameof(DaprHelperOptions.PooledConnectionIdleTimeout))]
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
        var options = Options.Create(Broken(nameof(DaprHelperOptions.FailureThreshold)));

        var error = Assert.Throws<OptionsValidationException>(() => new DaprClientHelper(
            new Mock<Dapr.Client.DaprClient>().Object,
            options,
            new FakeTimeProvider(),
            NullLogger<DaprClientHelper>.Instance));

        Assert.Contains("FailureThreshold", error.Message, StringComparison.Ordinal);
    }

    private static DaprHelperOptions Broken(string setting)
    {
        var options = new DaprHelperOptions();
        switch (setting)
        {
            case nameof(DaprHelperOptions.FailureThreshold): options.FailureThreshold = 0; break;
            case nameof(DaprHelperOptions.OpenDuration): options.OpenDuration = TimeSpan.Zero; break;
            case nameof(DaprHelperOptions.MaxAttempts): options.MaxAttempts = 0; break;
            case nameof(DaprHelperOptions.RetryBaseDelay): options.RetryBaseDelay = TimeSpan.FromSeconds(-1); break;
            case nameof(DaprHelperOptions.RetryMaxDelay): options.RetryMaxDelay = TimeSpan.FromMilliseconds(100); break;
            case nameof(DaprHelperOptions.AttemptTimeout): options.AttemptTimeout = TimeSpan.FromMilliseconds(1); break;
            case nameof(DaprHelperOptions.MaxConnections): options.MaxConnections = 0; break;
            case nameof(DaprHelperOptions.ConnectTimeout): options.ConnectTimeout = TimeSpan.Zero; break;
            case nameof(DaprHelperOptions.PooledConnectionIdleTimeout): options.PooledConnectionIdleTimeout = TimeSpan.FromSeconds(-1); break;
            default: throw new ArgumentOutOfRangeException(nameof(setting), setting, "No broken value for this setting.");
        }

        return options;
    }
}
