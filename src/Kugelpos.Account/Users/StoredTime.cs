namespace Kugelpos.Account.Users;

/// <summary>The current time as the document store keeps it.</summary>
internal static class StoredTime
{
    /// <summary>
    /// Now, cut to whole milliseconds (what the store keeps), so a response right after a write
    /// shows the same instant as every later read.
    /// </summary>
    public static DateTimeOffset Now(TimeProvider time)
    {
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }
}
