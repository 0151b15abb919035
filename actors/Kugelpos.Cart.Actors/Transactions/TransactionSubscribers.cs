namespace Kugelpos.Cart.Actors.Transactions;

/// <summary>The services that receive every transaction log and report its delivery.</summary>
public static class TransactionSubscribers
{
    /// <summary>report, journal and stock, as in the original.</summary>
    public static IReadOnlyList<string> All { get; } = ["report", "journal", "stock"];
}
