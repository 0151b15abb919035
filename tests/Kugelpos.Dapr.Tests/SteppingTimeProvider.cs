using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.Dapr.Tests;

/// <summary>
/// Fake time that also reports every timer scheduled on it, in order. Polly's delays resume on
/// the thread pool, so a test cannot tell from the clock when the next delay is scheduled; it
/// waits for the timer itself and then advances exactly by its due time.
/// </summary>
internal sealed class SteppingTimeProvider : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _scheduled = Channel.CreateUnbounded<TimeSpan>();

    public SteppingTimeProvider()
        : base(new DateTimeOffset(2025, 1, 1, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ReportingTimer(base.CreateTimer(callback, state, dueTime, period), Report);
        Report(dueTime);
        return timer;
    }

    /// <summary>Due time of the next timer scheduled, waiting for it if need be.</summary>
    public async Task<TimeSpan> NextTimerAsync(CancellationToken ct) => await _scheduled.Reader.ReadAsync(ct);

    private void Report(TimeSpan dueTime)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _scheduled.Writer.TryWrite(dueTime);
        }
    }
}
