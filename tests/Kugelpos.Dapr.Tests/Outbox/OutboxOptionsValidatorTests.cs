using Kugelpos.Dapr.Outbox;

namespace Kugelpos.Dapr.Tests.Outbox;

public sealed class OutboxOptionsValidatorTests
{
    [Fact]
    public void The_defaults_are_valid() =>
        Assert.True(new OutboxOptionsValidator().Validate(null, new OutboxOptions()).Succeeded);

    [Fact]
    public void Every_bad_setting_is_named()
    {
        var result = new OutboxOptionsValidator().Validate(null, new OutboxOptions
        {
            InitialRetryDelay = TimeSpan.Zero,
            MaxRetryDelay = TimeSpan.FromSeconds(-1),
            RepublishInterval = TimeSpan.Zero,
        });

        Assert.Equal(3, result.Failures!.Count());
        Assert.Contains(result.Failures!, f => f.StartsWith("InitialRetryDelay", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("MaxRetryDelay", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("RepublishInterval", StringComparison.Ordinal));
    }
}
