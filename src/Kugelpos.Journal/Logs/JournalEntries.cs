using System.Globalization;
using Kugelpos.Contracts;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Journal.Journals;

namespace Kugelpos.Journal.Logs;

/// <summary>The journal entry of each kind of log, as the original's log service writes it.</summary>
internal static class JournalEntries
{
    /// <summary>A sale's entry; a cancelled sale is journalled as -101, as the original does.</summary>
    public static JournalDocument For(TransactionLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var type = log.TransactionType ?? TransactionType.NormalSales;
        if (type == TransactionType.NormalSales && log.Sales is { IsCancelled: true })
        {
            type = TransactionType.NormalSalesCancel;
        }

        return Common(log, (int)type) with
        {
            TransactionNo = log.TransactionNo,
            ReceiptNo = log.ReceiptNo,
            Amount = log.Sales?.TotalAmountWithTax ?? 0m,
            Quantity = log.Sales?.TotalQuantity ?? 0,
            StaffId = log.Staff?.Id,
            UserId = log.User?.Id,
        };
    }

    /// <summary>A cash movement's entry: 401 for a positive amount, 402 otherwise.</summary>
    public static JournalDocument For(CashInOutLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var amount = log.Amount ?? 0m;
        var type = amount > 0 ? TransactionType.CashIn : TransactionType.CashOut;
        return Common(log, (int)type) with { Amount = amount, StaffId = log.StaffId };
    }

    /// <summary>An open's (301) or close's (302) entry.</summary>
    public static JournalDocument For(OpenCloseLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var type = log.Operation == TerminalOperations.Open ? TransactionType.Open : TransactionType.Close;
        return Common(log, (int)type) with { StaffId = log.StaffId };
    }

    /// <summary>The log as stored beside its entry.</summary>
    public static LogDocument Log<TEvent>(TEvent log)
        where TEvent : TerminalEvent => new()
        {
            Id = log.EventId.ToString(),
            StoreCode = log.StoreCode,
            TerminalNo = log.TerminalNo,
            Payload = Contracts.Serialization.EventJson.Serialize(log),
        };

    /// <summary>The text form of a generation time, the original's ISO form.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture);

    private static JournalDocument Common(TerminalEvent log, int transactionType)
    {
        var generated = log.GenerateDateTime ?? DateTimeOffset.UnixEpoch;
        return new JournalDocument
        {
            Id = log.EventId.ToString(),
            TenantId = log.TenantId,
            StoreCode = log.StoreCode,
            TerminalNo = log.TerminalNo,
            TransactionType = transactionType,
            BusinessDate = log.BusinessDate?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? string.Empty,
            OpenCounter = log.OpenCounter ?? 0,
            BusinessCounter = log.BusinessCounter ?? 0,
            GenerateDateTime = Timestamp(generated),
            GeneratedAt = generated.UtcDateTime,
            JournalText = log.JournalText ?? string.Empty,
            ReceiptText = log.ReceiptText ?? string.Empty,
        };
    }
}
