using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Report.Reports;

/// <summary>A line of a reported transaction with the transaction's sign (+1 sale or voided return, -1 return or voided sale).</summary>
internal sealed record SignedLine(TransactionLineItem Line, int Factor);
