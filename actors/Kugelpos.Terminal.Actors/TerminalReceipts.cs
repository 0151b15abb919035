using System.Globalization;
using System.Text;
using Kugelpos.Actors.Contracts.Terminals;

namespace Kugelpos.Terminal.Actors;

/// <summary>
/// The plain-text slips of an open, a close and a cash movement: the response's
/// <c>receiptText</c> and <c>journalText</c>, and the same text in the open/close log and the
/// cash log, so the journal keeps what the POS printed. The first line names the store, or its
/// code when the store has no name, as the original's slips do.
/// </summary>
public static class TerminalReceipts
{
    /// <summary>The slip of an open.</summary>
    /// <param name="terminal">The terminal after the open.</param>
    /// <param name="storeName">The store's name, or null when unknown.</param>
    public static string Open(TerminalSnapshot terminal, string? storeName) =>
        Slip("OPEN", terminal, storeName, ("Initial amount", Amount(terminal.InitialAmount)));

    /// <summary>The slip of a close.</summary>
    /// <param name="terminal">The terminal after the close.</param>
    /// <param name="storeName">The store's name, or null when unknown.</param>
    public static string Close(TerminalSnapshot terminal, string? storeName) =>
        Slip(
            "CLOSE",
            terminal,
            storeName,
            ("Initial amount", Amount(terminal.InitialAmount)),
            ("Physical amount", Amount(terminal.PhysicalAmount)),
            ("Cash in/out count", terminal.CashInOutCount.ToString(CultureInfo.InvariantCulture)),
            ("Transactions", terminal.CartTransactionCount.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The slip of a cash movement.</summary>
    /// <param name="terminal">The terminal after the movement.</param>
    /// <param name="movement">The movement.</param>
    /// <param name="storeName">The store's name, or null when unknown.</param>
    public static string Cash(TerminalSnapshot terminal, CashMovement movement, string? storeName)
    {
        ArgumentNullException.ThrowIfNull(movement);
        return Slip(
            movement.Amount < 0 ? "CASH OUT" : "CASH IN",
            terminal,
            storeName,
            ("Amount", Amount(movement.Amount)),
            ("Description", movement.Description));
    }

    private static string Slip(string title, TerminalSnapshot terminal, string? storeName, params (string Label, string Value)[] lines)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        var text = new StringBuilder()
            .AppendLine(string.IsNullOrWhiteSpace(storeName) ? terminal.StoreCode : $"Store: {storeName}")
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
