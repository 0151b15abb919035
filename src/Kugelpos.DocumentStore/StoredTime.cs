namespace Kugelpos.DocumentStore;

/// <summary>
/// Instants as the document store keeps them: both backends store whole milliseconds, so a value
/// cut here before it is written reads back exactly, and a response sent right after a write shows
/// the same instant as every later read.
/// </summary>
public static class StoredTime
{
    /// <summary>Now, cut to whole milliseconds.</summary>
    /// <param name="time">The clock.</param>
    public static DateTimeOffset Now(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Truncate(time.GetUtcNow());
    }

    /// <summary>The instant cut to whole milliseconds, as the store will return it.</summary>
    /// <param name="instant">Any instant.</param>
    public static DateTimeOffset Truncate(DateTimeOffset instant) =>
        instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerMillisecond));
}
