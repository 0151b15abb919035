namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>The numbers and session a transaction log is stamped with.</summary>
public sealed record TransactionNumbers
{
    /// <summary>Transaction number: 1, 2, 3... for the terminal's whole life.</summary>
    public required int TransactionNo { get; init; }

    /// <summary>Receipt number within the configured range.</summary>
    public required int ReceiptNo { get; init; }

    /// <summary>The session's business date.</summary>
    public required DateOnly BusinessDate { get; init; }

    /// <summary>The session's open counter.</summary>
    public required int OpenCounter { get; init; }

    /// <summary>The session's business counter.</summary>
    public required int BusinessCounter { get; init; }

    /// <summary>The staff member signed in.</summary>
    public required SignedInStaff Staff { get; init; }
}
