using Kugelpos.DocumentStore.Queries;

namespace Kugelpos.DocumentStore.Indexing;

/// <summary>Documents expire once the date in <see cref="Field"/> plus <see cref="ExpireAfter"/> has passed.</summary>
internal sealed record ExpiryRule(FieldPath Field, TimeSpan ExpireAfter)
{
    /// <summary>Dates at or before this instant are expired.</summary>
    public DateTime CutoffUtc(TimeProvider time) => time.GetUtcNow().UtcDateTime - ExpireAfter;

    public static ExpiryRule Create(string field, TimeSpan expireAfter)
    {
        var path = FieldPath.Parse(field, nameof(field));
        if (path.IsId)
        {
            throw new ArgumentException("The document id cannot carry an expiry; use a date field.", nameof(field));
        }

        // MongoDB's expireAfterSeconds is a whole, non-negative number of seconds.
        if (expireAfter < TimeSpan.Zero || expireAfter.Ticks % TimeSpan.TicksPerSecond != 0 || expireAfter.TotalSeconds > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(expireAfter), expireAfter, "Expiry must be a whole number of seconds, zero or more.");
        }

        return new ExpiryRule(path, expireAfter);
    }
}
