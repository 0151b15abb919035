namespace Kugelpos.Testing;

/// <summary>Passes a timer through, reporting each due time it is given once the timer has taken it.</summary>
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
