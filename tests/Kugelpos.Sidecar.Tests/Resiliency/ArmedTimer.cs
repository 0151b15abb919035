using System.Threading.Channels;

namespace Kugelpos.Sidecar.Tests.Resiliency;

/// <summary>A fake timer that reports every time it is armed, so a test sees each wait the policy starts.</summary>
internal sealed class ArmedTimer(ITimer inner, ChannelWriter<TimeSpan> armed) : ITimer
{
    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        Report(dueTime);
        return inner.Change(dueTime, period);
    }

    public void Report(TimeSpan dueTime)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            armed.TryWrite(dueTime);
        }
    }

    public void Dispose() => inner.Dispose();

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
