namespace Kugelpos.Dapr.Subscriptions;

/// <summary>
/// What a subscription handler made of an event; the plumbing turns it into the sidecar's
/// answer. A failure is never a success: only <see cref="Success"/> lets the event go.
/// </summary>
/// <param name="Answer">The answer for the sidecar.</param>
/// <param name="Reason">Why it is not a success, for the log; never holds event values.</param>
public sealed record SubscriptionOutcome(SubscriptionAnswer Answer, string? Reason)
{
    /// <summary>The event was applied, or had been before.</summary>
    public static SubscriptionOutcome Success { get; } = new(SubscriptionAnswer.Success, null);

    /// <summary>The event had been applied before and was let go with no effect (a success).</summary>
    public static SubscriptionOutcome Duplicate { get; } = new(SubscriptionAnswer.Success, null) { IsDuplicate = true };

    /// <summary>Whether this success found the event applied before: counted apart, as a skip.</summary>
    public bool IsDuplicate { get; private init; }

    /// <summary>The event could not be applied now; deliver it again.</summary>
    public static SubscriptionOutcome Retry(string reason) => new(SubscriptionAnswer.Retry, reason);

    /// <summary>The event can never be applied; dead-letter it.</summary>
    public static SubscriptionOutcome Drop(string reason) => new(SubscriptionAnswer.Drop, reason);

    /// <summary>
    /// The outcome of a handler whose work ended in <paramref name="result"/>: success, a retry for
    /// what may pass (transient, timeout, open breaker, cancellation), a drop for a request Dapr
    /// refused as invalid, which no redelivery can change (the dead-letter topic keeps it).
    /// </summary>
    public static SubscriptionOutcome From(DaprResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var reason = result.Message ?? result.ErrorKind.ToString();
        return result.ErrorKind switch
        {
            DaprErrorKind.None => Success,
            DaprErrorKind.Permanent => Drop(reason),
            _ => Retry(reason),
        };
    }
}
