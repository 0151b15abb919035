namespace Kugelpos.Sidecar.State;

/// <summary>Writes <paramref name="Value"/> at <paramref name="Key"/>.</summary>
/// <param name="Key">The full store key.</param>
/// <param name="Value">The bytes to store.</param>
/// <param name="ETag">Optimistic concurrency: the version the caller read, or null for last-write-wins.</param>
/// <param name="TtlSeconds">Null: the component's default <c>ttlInSeconds</c>; above 0: expire after that many
/// seconds; 0 or below: never expire, as daprd treats <c>ttlInSeconds: -1</c>.</param>
/// <param name="FirstWrite">Dapr's first-write concurrency: without an ETag, only create a key that does not exist.</param>
public sealed record StateUpsert(string Key, ReadOnlyMemory<byte> Value, string? ETag = null, int? TtlSeconds = null, bool FirstWrite = false)
    : StateOperation(Key, ETag);
