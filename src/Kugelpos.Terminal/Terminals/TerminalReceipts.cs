using System.Globalization;
using System.Text;
using Kugelpos.Actors.Contracts.Terminals;

namespace Kugelpos.Terminal.Terminals;

/// <summary>
/// The plain-text slips the POS prints for an open, a close and a cash movement (the response's
/// <c>receiptText</c>; the journal keeps the same text as <c>journalText</c>).
/// </summary>
internal static class TerminalReceipts
{
    /// <summary>The slip of an open.</summary>
    public static string Open(TerminalSnapshot terminal) =>
        Slip("OPEN", terminal, ("Initial amount", Amount(terminal.InitialAmount)));

    /// <summary>The slip of a close.</summary>
    public static string Close(TerminalSnapshot terminal) =>
        Slip(
            "CLOSE",
            terminal,
            ("Initial amount", Amount(terminal.InitialAmount)),
            ("Physical amount", Amount(terminal.PhysicalAmount)),
            ("Cash in/out count", terminal.CashInOutCount.ToString(CultureInfo.InvariantCulture)),
            ("Transactions", terminal.CartTransactionCount.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The slip of a cash movement.</summary>
    public static string Cash(TerminalSnapshot terminal, CashMovement movement) =>
        Slip(movement.Amount < 0 ? "CASH OUT" : "CASH IN", terminal, ("Amount", Amount(movement.Amount)), ("Description", movement.Description));

    private static string Slip(string title, TerminalSnapshot terminal, params (string Label, string Value)[] lines)
    {
        var text = new StringBuilder()
            .AppendLine(title)
            .AppendLine(CultureInfo.InvariantCulture, $"Terminal: {terminal.TerminalId}")
            .AppendLine(CultureInfo.InvariantCulture, $"Business date: {terminal.BusinessDate?.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}")
            .AppendLine(CultureInfo.InvariantCulture, $"Open counter: {terminal.OpenCounter}")
            .AppendLine(string.Create(CultureInfo.InvariantCulture, $"Staff: {terminal.Staff?.StaffId} {terminal.Staff?.StaffName}").TrimEnd());
        foreach (var (label, value) in lines)
        {
            text.Append(label).Append(": ").AppendLine(value);
        }

        return text.ToString();
    }

    private static string Amount(decimal? amount) => amount?.ToString("0.##", CultureInfo.InvariantCulture) ?? "-";
}
