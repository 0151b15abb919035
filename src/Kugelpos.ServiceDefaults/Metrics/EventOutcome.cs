namespace Kugelpos.ServiceDefaults.Metrics;

/// <summary>How a subscriber disposed of one pub/sub event.</summary>
public enum EventOutcome
{
    /// <summary>Handled and acknowledged.</summary>
    Success,

    /// <summary>Handling failed; the event goes back for redelivery or to the dead-letter topic.</summary>
    Failure,

    /// <summary>Deliberately not handled, e.g. a duplicate already processed.</summary>
    Skip,
}
