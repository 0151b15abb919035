namespace Kugelpos.Dapr;

/// <summary>Why a Dapr call did not succeed.</summary>
public enum DaprErrorKind
{
    /// <summary>The call succeeded.</summary>
    None = 0,

    /// <summary>The circuit breaker was open; Dapr was not called.</summary>
    CircuitOpen = 1,

    /// <summary>
    /// The sidecar could not be reached (refused or dropped connection); the helper retried it
    /// while attempts and the call's deadline allowed. May pass: retryable for the caller.
    /// </summary>
    Transient = 2,

    /// <summary>The request itself was refused or invalid; retrying cannot help.</summary>
    Permanent = 3,

    /// <summary>Dapr did not answer within the call's deadline. Retryable for the caller.</summary>
    Timeout = 4,

    /// <summary>The caller cancelled the operation.</summary>
    Cancelled = 5,

    /// <summary>
    /// The sidecar answered that the state store or message broker behind it failed (daprd's
    /// <c>ERR_STATE_*</c> / <c>ERR_PUBSUB_*</c> errors) after its own Resiliency policy had retried
    /// the call, so the helper does not retry it again. An outage: retryable for the caller.
    /// </summary>
    ComponentFailure = 6,
}
