namespace Kugelpos.Dapr.Outbox;

/// <summary>What one subscriber service reported about an event, as the original's wire strings.</summary>
public static class SubscriberStatus
{
    /// <summary>Not confirmed yet.</summary>
    public const string Pending = "pending";

    /// <summary>The subscriber applied the event.</summary>
    public const string Received = "received";

    /// <summary>The subscriber could not apply the event and gave up on it.</summary>
    public const string Failed = "failed";

    /// <summary>True for a status a subscriber may report (<see cref="Received"/> or <see cref="Failed"/>).</summary>
    public static bool IsReportable(string? status) => status is Received or Failed;
}
