using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Kugelpos.Testing;

/// <summary>
/// The tests' one fake clock: a <see cref="FakeTimeProvider"/> that also reports every timer armed
/// on it, in order. Polly's delays and timeouts resume on the thread pool, so a test cannot tell
/// from the clock when the next wait starts; it awaits the timer itself, then advances exactly by
/// its due time. No real time passes.
/// </summary>
public sealed class FakeClock : FakeTimeProvider
{
    /// <summary>Where a clock starts unless told otherwise: whole seconds, so stored and returned instants compare exactly.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2030, 1, 15, 9, 0, 0, TimeSpan.Zero);

    // A safety net against a hung test run, not a wait any test relies on.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly Channel<TimeSpan> _armed = Channel.CreateUnbounded<TimeSpan>();

    /// <summary>A clock at <see cref="DefaultStart"/>.</summary>
    public FakeClock()
        : this(DefaultStart)
    {
    }

    /// <summary>A clock at <paramref name="start"/>.</summary>
    public FakeClock(DateTimeOffset start)
        : base(start)
    {
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ReportingTimer(base.CreateTimer(callback, state, dueTime, period), Report);
        Report(dueTime);
        return timer;
    }

    /// <summary>The due time of the next timer armed (a retry delay, an attempt's timeout...), waiting for it if need be.</summary>
    public async Task<TimeSpan> NextTimerAsync(CancellationToken cancellationToken = default) =>
        await _armed.Reader.ReadAsync(cancellationToken).AsTask().WaitAsync(Patience, cancellationToken);

    /// <summary>Waits for the next timer, checks its due time and lets exactly that much time pass.</summary>
    public async Task ElapseNextTimerAsync(TimeSpan expected)
    {
        Assert.Equal(expected, await NextTimerAsync());
        Advance(expected);
    }

    private void Report(TimeSpan dueTime)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _armed.Writer.TryWrite(dueTime);
        }
    }
}
