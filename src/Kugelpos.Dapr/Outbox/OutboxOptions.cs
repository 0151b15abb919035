namespace Kugelpos.Dapr.Outbox;

/// <summary>
/// How the outbox relay retries a publish the sidecar refused and when it republishes an event a
/// subscriber has not confirmed; bound from <see cref="SectionName"/>.
/// </summary>
public sealed class OutboxOptions
{
    /// <summary>Configuration section the options are bound from.</summary>
    public const string SectionName = "Kugelpos:Outbox";

    /// <summary>Wait after the first failed publish; doubles with each further failure.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between two publish attempts, however many failed.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long after a publish an event no subscriber has confirmed is published again (the
    /// original republishes undelivered transaction logs every 5 minutes). Subscribers skip an
    /// event id they already applied, so a republish is safe.
    /// </summary>
    public TimeSpan RepublishInterval { get; set; } = TimeSpan.FromMinutes(5);
}
