namespace Kugelpos.Cart.Actors.Transactions;

/// <summary>A transaction actor's own state, saved whole with its outbox.</summary>
public sealed record TransactionActorState
{
    /// <summary>An actor that has done nothing yet.</summary>
    public static TransactionActorState Initial { get; } = new();

    /// <summary>The event id of the log recorded here and put in the outbox; null until then.</summary>
    public Guid? RecordedEventId { get; init; }

    /// <summary>The void or return under way, if one is.</summary>
    public PendingReversal? Pending { get; init; }

    /// <summary>Voids and returns of this transaction finished; numbers the next one's key.</summary>
    public int Reversals { get; init; }
}
