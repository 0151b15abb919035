using Kugelpos.Contracts;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Journal.Tests.Support;

/// <summary>Logs as the cart and the terminal publish them.</summary>
internal static class Logs
{
    public static readonly DateTimeOffset Generated = new(2026, 5, 1, 10, 0, 0, TimeSpan.Zero);

    public static TransactionLog Sale(int transactionNo, int receiptNo = 0, decimal total = 1100m, bool cancelled = false, int terminalNo = 1,
        string tenant = JournalTestService.Tenant, DateOnly? businessDate = null, string journalText = "SALE") => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = tenant,
        StoreCode = JournalTestService.Store,
        TerminalNo = terminalNo,
        TransactionNo = transactionNo,
        TransactionType = TransactionType.NormalSales,
        ReceiptNo = receiptNo == 0 ? transactionNo : receiptNo,
        BusinessDate = businessDate ?? new DateOnly(2026, 5, 1),
        OpenCounter = 1,
        BusinessCounter = 1,
        GenerateDateTime = Generated.AddMinutes(transactionNo),
        Sales = new TransactionSales { TotalAmountWithTax = total, TotalQuantity = 2, IsCancelled = cancelled },
        Staff = new TransactionStaff { Id = "STF001", Name = "Staff" },
        User = new TransactionUser { Id = "admin" },
        JournalText = journalText,
        ReceiptText = "RECEIPT",
    };

    public static CashInOutLog Cash(decimal amount) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = JournalTestService.Tenant,
        StoreCode = JournalTestService.Store,
        TerminalNo = 1,
        BusinessDate = new DateOnly(2026, 5, 1),
        OpenCounter = 1,
        BusinessCounter = 1,
        GenerateDateTime = Generated,
        Amount = amount,
        StaffId = "STF001",
        JournalText = "CASH",
        ReceiptText = "CASH RECEIPT",
    };

    public static OpenCloseLog OpenClose(string operation) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = JournalTestService.Tenant,
        StoreCode = JournalTestService.Store,
        TerminalNo = 1,
        BusinessDate = new DateOnly(2026, 5, 1),
        OpenCounter = 1,
        BusinessCounter = 1,
        GenerateDateTime = Generated,
        Operation = operation,
        StaffId = "STF001",
        JournalText = operation.ToUpperInvariant(),
        ReceiptText = operation,
    };
}
