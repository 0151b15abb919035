namespace Kugelpos.ServiceDefaults.Metrics;

/// <summary>How a subscriber disposed of one pub/sub event.</summary>
public enum EventOutcome
{
    /// <summary>Handled and acknowledged.</summary>
    Success,

    /// <summary>Handling failed for a reason that may pass; the event is delivered again.</summary>
    Failure,

    /// <summary>Deliberately not handled, e.g. a duplicate already processed.</summary>
    Skip,

    /// <summary>Never applicable (a poison message): moved to the dead-letter topic.</summary>
    Dropped,
}
