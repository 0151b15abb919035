namespace Kugelpos.Cart.Transactions;

/// <summary>OpenAPI schema <c>BaseTranStatus</c>.</summary>
/// <param name="IsCancelled">The sale was cancelled before billing.</param>
/// <param name="IsVoided">It has been voided.</param>
/// <param name="IsRefunded">It has been returned.</param>
public sealed record TransactionStatusView(bool IsCancelled, bool IsVoided, bool IsRefunded);
