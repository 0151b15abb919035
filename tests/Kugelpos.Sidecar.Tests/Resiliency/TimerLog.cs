using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.Sidecar.Tests.Resiliency;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells which waits were started: a test awaits the next
/// one, checks its length, then advances exactly that far. No real time passes.
/// </summary>
internal sealed class TimerLog() : FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero))
{
    private readonly Channel<TimeSpan> _armed = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ArmedTimer(base.CreateTimer(callback, state, dueTime, period), _armed.Writer);
        timer.Report(dueTime);
        return timer;
    }

    /// <summary>The length of the next wait started (a retry delay or an attempt's timeout).</summary>
    public async Task<TimeSpan> NextWaitAsync() => await _armed.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>Waits for the next wait, checks its length and lets it elapse.</summary>
    public async Task ElapseNextWaitAsync(TimeSpan expected)
    {
        Assert.Equal(expected, await NextWaitAsync());
        Advance(expected);
    }
}
