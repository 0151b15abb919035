using System.Globalization;
using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Receipts;

namespace Kugelpos.Terminal.Actors;

/// <summary>
/// The slips of an open, a close and a cash movement, as the original prints them
/// (services/terminal receipt_data): the printer's XML and the journal's text, answered to the POS
/// and kept in the open/close log and the cash log. The only place a terminal slip is made.
/// </summary>
public static class TerminalReceipts
{
    private const string NoStaff = "責# ------";

    /// <summary>The slip of an open (<c>開 設</c>, with the float) or a close (<c>精 算</c>, with the cash counted).</summary>
    /// <param name="terminal">The terminal after the open or close.</param>
    /// <param name="operation"><see cref="TerminalOperations.Open"/> or <see cref="TerminalOperations.Close"/>.</param>
    /// <param name="storeName">The store's name, or null when it has none (the slip then names the store code).</param>
    /// <param name="generatedAt">When, in the store's time zone.</param>
    public static ReceiptData OpenClose(TerminalSnapshot terminal, string operation, string? storeName, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        var open = operation == TerminalOperations.Open;
        var page = Header(terminal, storeName, generatedAt, open ? "開 設" : "精 算");

        // The original meant to print the business counter on the close slip, but its check
        // (open_counter == "close") never holds, so its close slip lacks the line; ours prints it.
        if (!open)
        {
            page.LineLeft("精算通番 " + TextHelper.FixedLeft(TextHelper.Comma(terminal.BusinessCounter) + "回", 10));
        }

        page.Border();
        page = open
            ? page.LineSplit("釣銭準備金", Yen(terminal.InitialAmount ?? 0))
            : page.LineSplit("ドロア内現金", Yen(terminal.PhysicalAmount ?? 0));
        return Footer(page.Border());
    }

    /// <summary>The slip of a cash movement: <c>入 金</c> or, for a negative amount, <c>出 金</c>, with its description and amount.</summary>
    /// <param name="terminal">The terminal after the movement.</param>
    /// <param name="movement">The movement; its time is the slip's.</param>
    /// <param name="storeName">The store's name, or null when it has none.</param>
    public static ReceiptData Cash(TerminalSnapshot terminal, CashMovement movement, string? storeName)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        ArgumentNullException.ThrowIfNull(movement);
        var page = Header(terminal, storeName, movement.RecordedAt, movement.Amount < 0 ? "出 金" : "入 金")
            .Border()
            .LineSplit(movement.Description, Yen(movement.Amount))
            .Border();
        return Footer(page);
    }

    // Store, till and staff, time, title, business date and open counter.
    private static ReceiptPage Header(TerminalSnapshot terminal, string? storeName, DateTimeOffset generatedAt, string title)
    {
        var businessDate = terminal.BusinessDate?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? string.Empty;
        return new ReceiptPage()
            .LineLeft(storeName is null ? terminal.StoreCode : "店舗名 " + storeName)
            .LineSplit(
                string.Create(CultureInfo.InvariantCulture, $"レジNo. {terminal.TerminalNo}"),
                terminal.Staff is { } staff ? "責# " + TextHelper.ZeroFill(staff.StaffId, 6) : NoStaff)
            .LineLeft(ReceiptDates.DateTime(generatedAt))
            .LineCenter(" ")
            .LineCenter($"【 {title}  レ ポ ー ト 】")
            .LineCenter(" ")
            .LineLeft("営業日付 " + ReceiptDates.BusinessDate(businessDate))
            .LineLeft("開設回数 " + TextHelper.FixedLeft(TextHelper.Comma(terminal.OpenCounter) + "回", 10));
    }

    // The terminal's slips carry no receipt number.
    private static ReceiptData Footer(ReceiptPage page) =>
        new PrintData(page.LineLeft("レシートNo. ------")).ToReceiptData();

    private static string Yen(decimal amount) => TextHelper.Comma(amount) + "円";
}
