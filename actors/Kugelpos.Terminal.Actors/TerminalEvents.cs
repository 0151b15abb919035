using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Receipts;

namespace Kugelpos.Terminal.Actors;

/// <summary>
/// The logs the terminal publishes (the open/close log and the cash log), built from the terminal
/// as it stands after the change, each with a fresh event id; never a key, a hash or a PIN.
/// </summary>
public static class TerminalEvents
{
    /// <summary>The services that confirm each log, as in the original.</summary>
    public static IReadOnlyList<string> Subscribers { get; } = ["report", "journal"];

    /// <summary>
    /// The open or close log of <paramref name="terminal"/>, with the store's name and the slip
    /// the POS printed (<see cref="TerminalReceipts.OpenClose"/>) as its receipt and journal text,
    /// as the original fills them.
    /// </summary>
    public static OpenCloseLog OpenClose(TerminalSnapshot terminal, string operation, string? storeName, DateTimeOffset now, ReceiptData slip)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        ArgumentNullException.ThrowIfNull(slip);
        return new OpenCloseLog
        {
            EventId = Guid.NewGuid(),
            TenantId = terminal.TenantId,
            StoreCode = terminal.StoreCode,
            StoreName = storeName,
            TerminalNo = terminal.TerminalNo,
            BusinessDate = terminal.BusinessDate,
            OpenCounter = terminal.OpenCounter,
            BusinessCounter = terminal.BusinessCounter,
            GenerateDateTime = now,
            StaffId = terminal.Staff?.StaffId,
            StaffName = terminal.Staff?.StaffName,
            Operation = operation,
            EventType = operation == TerminalOperations.Open ? TerminalEventTypes.Open : TerminalEventTypes.Close,
            TerminalInfo = new TerminalInfo
            {
                TenantId = terminal.TenantId,
                StoreCode = terminal.StoreCode,
                TerminalNo = terminal.TerminalNo,
                Description = terminal.Description,
                TerminalId = terminal.TerminalId,
                FunctionMode = terminal.FunctionMode.ToString(),
                Status = terminal.Status.ToString(),
                BusinessDate = terminal.BusinessDate,
                OpenCounter = terminal.OpenCounter,
                BusinessCounter = terminal.BusinessCounter,
                Staff = terminal.Staff is { } staff
                    ? new TerminalStaff { TenantId = terminal.TenantId, StoreCode = terminal.StoreCode, Id = staff.StaffId, Name = staff.StaffName }
                    : null,
                InitialAmount = terminal.InitialAmount,
                PhysicalAmount = terminal.PhysicalAmount,
            },
            CartTransactionCount = terminal.CartTransactionCount,
            CartTransactionLastNo = terminal.CartTransactionLastNo,
            CashInOutCount = terminal.CashInOutCount,
            CashInOutLastDateTime = terminal.CashInOutLastDateTime,
            ReceiptText = slip.ReceiptText,
            JournalText = slip.JournalText,
        };
    }

    /// <summary>
    /// The cash log of <paramref name="movement"/> at <paramref name="terminal"/>, with the store's
    /// name and the movement's slip (<see cref="TerminalReceipts.Cash"/>) as its receipt and journal text.
    /// </summary>
    public static CashInOutLog Cash(TerminalSnapshot terminal, CashMovement movement, string? storeName, ReceiptData slip)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        ArgumentNullException.ThrowIfNull(movement);
        ArgumentNullException.ThrowIfNull(slip);
        return new CashInOutLog
        {
            EventId = Guid.NewGuid(),
            TenantId = terminal.TenantId,
            StoreCode = terminal.StoreCode,
            StoreName = storeName,
            TerminalNo = terminal.TerminalNo,
            BusinessDate = terminal.BusinessDate,
            OpenCounter = terminal.OpenCounter,
            BusinessCounter = terminal.BusinessCounter,
            GenerateDateTime = movement.RecordedAt,
            StaffId = terminal.Staff?.StaffId,
            StaffName = terminal.Staff?.StaffName,
            Amount = movement.Amount,
            Description = movement.Description,
            EventType = TerminalEventTypes.CashInOut,
            ReceiptText = slip.ReceiptText,
            JournalText = slip.JournalText,
        };
    }
}
