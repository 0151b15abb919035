namespace Kugelpos.Cart.Actors.Transactions;

/// <summary>
/// What has happened to a stored transaction since (the original's transaction_status document):
/// kept beside the log, never in it, and merged into the log's is_voided / is_refunded when read.
/// </summary>
public sealed record TransactionStatus
{
    /// <summary>Nothing has happened to it.</summary>
    public static TransactionStatus None { get; } = new();

    /// <summary>Whether it has been voided.</summary>
    public bool IsVoided { get; init; }

    /// <summary>The void's transaction number.</summary>
    public int? VoidTransactionNo { get; init; }

    /// <summary>When it was voided.</summary>
    public DateTimeOffset? VoidDateTime { get; init; }

    /// <summary>Who voided it.</summary>
    public string? VoidStaffId { get; init; }

    /// <summary>Whether it has been returned (and the return not voided).</summary>
    public bool IsRefunded { get; init; }

    /// <summary>The return's transaction number.</summary>
    public int? ReturnTransactionNo { get; init; }

    /// <summary>When it was returned.</summary>
    public DateTimeOffset? ReturnDateTime { get; init; }

    /// <summary>Who returned it.</summary>
    public string? ReturnStaffId { get; init; }
}
