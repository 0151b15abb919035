namespace Kugelpos.Sidecar.State;

/// <summary>A value read from a state store, with the ETag a later write must quote to win.</summary>
/// <param name="Key">The full store key (already carrying the app/actor prefix).</param>
/// <param name="Value">The stored bytes, exactly as written.</param>
/// <param name="ETag">The current version.</param>
/// <param name="ExpiresAt">When the value expires, if it has a TTL.</param>
public sealed record StateItem(string Key, ReadOnlyMemory<byte> Value, string ETag, DateTimeOffset? ExpiresAt);
