using System.Globalization;

namespace Kugelpos.Sidecar.State;

/// <summary>
/// The ETag rule every store applies, the one daprd's Redis script encodes: an ETag must match
/// the stored version when a value exists; first-write refuses to overwrite an existing value.
/// </summary>
internal static class ETagRule
{
    /// <summary>Throws <see cref="StateETagException"/> when <paramref name="operation"/> may not apply over <paramref name="currentVersion"/>.</summary>
    public static void Check(StateOperation operation, long? currentVersion)
    {
        if (operation.ETag is { Length: > 0 } etag)
        {
            if (!long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var expected))
            {
                throw new StateETagException(operation.Key, isMismatch: false);
            }

            if (currentVersion is { } current && current != expected)
            {
                throw new StateETagException(operation.Key, isMismatch: true);
            }
        }
        else if (operation is StateUpsert { FirstWrite: true } && currentVersion is not null)
        {
            throw new StateETagException(operation.Key, isMismatch: true);
        }
    }

    /// <summary>The expiry of a write: the request's TTL, else the default; 0 or less means none.</summary>
    public static DateTimeOffset? ExpiryOf(StateUpsert upsert, int? defaultTtlSeconds, DateTimeOffset now, DateTimeOffset? previous)
    {
        var ttl = upsert.TtlSeconds ?? defaultTtlSeconds;
        return ttl switch
        {
            null => previous,
            > 0 => now.AddSeconds(ttl.Value),
            _ => null,
        };
    }
}
