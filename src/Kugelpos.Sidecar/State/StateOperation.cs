namespace Kugelpos.Sidecar.State;

/// <summary>One write of a save or a transaction: an upsert or a delete of <see cref="Key"/>.</summary>
/// <param name="Key">The full store key.</param>
/// <param name="ETag">When set, the operation only succeeds if the stored version still has this ETag.</param>
public abstract record StateOperation(string Key, string? ETag);
