namespace Kugelpos.Sidecar.State;

/// <summary>
/// An ETag check failed: the value changed since it was read (<see cref="IsMismatch"/>), or the
/// ETag is not one this store issues. daprd reports the first as 409 / gRPC Aborted and the
/// second as 400 / InvalidArgument; the API layers map it the same way.
/// </summary>
public sealed class StateETagException : Exception
{
    /// <summary>Creates the error for <paramref name="key"/>.</summary>
    public StateETagException(string key, bool isMismatch)
        : base(isMismatch ? $"possible etag mismatch for key {key}" : $"invalid etag value for key {key}")
    {
        Key = key;
        IsMismatch = isMismatch;
    }

    /// <summary>The key whose check failed.</summary>
    public string Key { get; }

    /// <summary>True for a concurrency conflict, false for a malformed ETag.</summary>
    public bool IsMismatch { get; }
}
