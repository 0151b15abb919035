namespace Kugelpos.Report.Subscriptions;

/// <summary>The original's <c>TranResponse</c>: which transaction was received.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="StoreCode">The store.</param>
/// <param name="TerminalNo">The terminal.</param>
/// <param name="TransactionNo">The transaction's number.</param>
public sealed record TransactionReceipt(string TenantId, string StoreCode, int TerminalNo, int? TransactionNo);
