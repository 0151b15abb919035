using Kugelpos.Dapr.Outbox;

namespace Kugelpos.Dapr.Tests.Outbox;

public sealed class OutboxBackoffTests
{
    private readonly OutboxBackoff _backoff = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 32)]
    public void Each_failure_doubles_the_wait(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), _backoff.DelayAfter(failures));

    [Theory]
    [InlineData(7)]
    [InlineData(1000)]
    [InlineData(int.MaxValue)]
    public void The_wait_never_passes_the_cap(int failures) =>
        Assert.Equal(TimeSpan.FromSeconds(60), _backoff.DelayAfter(failures));

    [Fact]
    public void No_failure_has_no_wait_to_ask_for() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _backoff.DelayAfter(0));

    [Fact]
    public void A_cap_below_the_first_wait_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new OutboxBackoff(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1)));

    [Fact]
    public void The_defaults_start_at_a_second_and_stop_at_five_minutes()
    {
        var backoff = OutboxBackoff.From(new OutboxOptions());

        Assert.Equal(TimeSpan.FromSeconds(1), backoff.DelayAfter(1));
        Assert.Equal(TimeSpan.FromMinutes(5), backoff.DelayAfter(20));
    }
}
