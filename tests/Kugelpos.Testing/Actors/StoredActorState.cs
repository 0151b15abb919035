namespace Kugelpos.Testing.Actors;

/// <summary>One saved state value as the store holds it: JSON, as daprd keeps it, and its expiry.</summary>
internal sealed record StoredActorState(string Json, DateTimeOffset? ExpiresAt);
