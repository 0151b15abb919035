namespace Kugelpos.Sidecar.PubSub;

/// <summary>What the app's answer to one delivery means, as daprd reads it.</summary>
public enum DeliveryOutcome
{
    /// <summary>2xx with <c>SUCCESS</c>, an empty body or a body that is not a status: done.</summary>
    Success,

    /// <summary><c>RETRY</c>, any non-2xx but 404, or no answer: deliver again.</summary>
    Retry,

    /// <summary><c>DROP</c>: give up, to the dead-letter topic if there is one.</summary>
    Drop,

    /// <summary>404: the app has no such route; logged and dropped.</summary>
    NotFound,
}
