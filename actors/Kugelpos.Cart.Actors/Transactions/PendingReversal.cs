using Kugelpos.Actors.Contracts.Transactions;

namespace Kugelpos.Cart.Actors.Transactions;

/// <summary>
/// A void or return accepted and saved before any step with an effect elsewhere (numbers, the new
/// log, the status): a retry after a crash finishes this one, with the same numbers key, event id
/// and time, so it never takes a second number nor publishes a second, different log.
/// </summary>
public sealed record PendingReversal
{
    /// <summary>Void or return.</summary>
    public required ReversalKind Kind { get; init; }

    /// <summary>The request accepted.</summary>
    public required ReversalRequest Request { get; init; }

    /// <summary>The event id of the new log.</summary>
    public required Guid EventId { get; init; }

    /// <summary>When it was accepted: the new log's generate_date_time.</summary>
    public required DateTimeOffset AcceptedAt { get; init; }

    /// <summary>The key the terminal numbers it under.</summary>
    public required string NumbersKey { get; init; }
}
