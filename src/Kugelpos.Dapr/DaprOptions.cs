namespace Kugelpos.Dapr;

/// <summary>
/// Settings of <see cref="DaprClientHelper"/>, bound from the <see cref="SectionName"/>
/// configuration section and checked at start-up by <see cref="DaprOptionsValidator"/>.
/// </summary>
public sealed class DaprOptions
{
    /// <summary>Configuration section the options are bound from.</summary>
    public const string SectionName = "Kugelpos:Dapr";

    /// <summary>Consecutive failed calls that open a circuit breaker (seed: 3).</summary>
    public int FailureThreshold { get; set; } = 3;

    /// <summary>How long an open breaker blocks calls before a trial (seed: 60 s).</summary>
    public TimeSpan OpenDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Attempts to reach the sidecar per call, the first included; 1 disables retries. Only a
    /// refused or dropped connection to the sidecar is retried: what the sidecar answers it has
    /// already retried under its own Resiliency policy.
    /// </summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Delay before the first retry; doubles on each further retry.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Upper bound of any single retry delay.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Spreads retry delays randomly so that many callers do not retry in lockstep.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>
    /// Deadline of a whole call, retries included. It must outlast the sidecar policy's worst case,
    /// or the app would cut off the sidecar's retries and miss its real answer. The default covers
    /// components/*/resiliency.yaml: 6 attempts of at most 30 s (<c>general</c>, <c>maxRetries: 5</c>)
    /// plus at most 6.2 s of backoff between them is 186.2 s.
    /// </summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(190);

    /// <summary>Most connections to the sidecar at once (seed: max_connections=100).</summary>
    public int MaxConnections { get; set; } = 100;

    /// <summary>Time limit for opening a connection to the sidecar (seed: 30 s).</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long an unused pooled connection is kept alive. The seed's max_keepalive_connections=20
    /// has no counterpart in SocketsHttpHandler, which caps total connections only; idle ones
    /// above need are closed after this time instead.
    /// </summary>
    public TimeSpan PooledConnectionIdleTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
