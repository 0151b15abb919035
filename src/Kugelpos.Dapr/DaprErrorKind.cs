namespace Kugelpos.Dapr;

/// <summary>Why a Dapr call did not succeed.</summary>
public enum DaprErrorKind
{
    /// <summary>The call succeeded.</summary>
    None = 0,

    /// <summary>The circuit breaker was open; Dapr was not called.</summary>
    CircuitOpen = 1,

    /// <summary>Dapr or the network failed in a way that may pass; retries were spent.</summary>
    Transient = 2,

    /// <summary>The request itself was refused or invalid; retrying cannot help.</summary>
    Permanent = 3,

    /// <summary>Dapr did not answer in time on any attempt.</summary>
    Timeout = 4,

    /// <summary>The caller cancelled the operation.</summary>
    Cancelled = 5,
}
