namespace Kugelpos.Journal.Transactions;

/// <summary>The received transaction (OpenAPI schema <c>TranResponse</c>).</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="StoreCode">The store.</param>
/// <param name="TerminalNo">The terminal.</param>
/// <param name="TransactionNo">The transaction number.</param>
public sealed record TranResponse(string TenantId, string StoreCode, int TerminalNo, int TransactionNo);
