using Kugelpos.Cart.Actors.Transactions;
using Kugelpos.DocumentStore;

namespace Kugelpos.Cart.Transactions;

/// <summary>The stored <see cref="TransactionStatus"/> of one transaction (the original's status_tran document).</summary>
internal sealed record TransactionStatusDocument : IDocument
{
    /// <summary>The id of the log it is about.</summary>
    public required string Id { get; init; }

    public required string StoreCode { get; init; }

    public required int TerminalNo { get; init; }

    public required int TransactionNo { get; init; }

    public required TransactionStatus Status { get; init; }
}
