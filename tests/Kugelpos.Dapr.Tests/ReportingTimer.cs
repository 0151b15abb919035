namespace Kugelpos.Dapr.Tests;

/// <summary>Passes a timer through, reporting each new due time it is given.</summary>
internal sealed class ReportingTimer(ITimer inner, Action<TimeSpan> report) : ITimer
{
    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        var changed = inner.Change(dueTime, period);
        report(dueTime);
        return changed;
    }

    public void Dispose() => inner.Dispose();

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
