using System.Globalization;
using Kugelpos.DocumentStore;

namespace Kugelpos.Report.DailyInfo;

/// <summary>
/// The original's <c>info_daily</c> record: whether a terminal's session of a business date passed
/// the daily check (its close log and every log it counts received), when it was last checked and why
/// it failed. One per store, terminal, business date and open counter, replaced on each check.
/// </summary>
internal sealed record DailyInfoDocument : IDocument
{
    public string Id => IdOf(StoreCode, TerminalNo, BusinessDate, OpenCounter);

    public required string TenantId { get; init; }

    public required string StoreCode { get; init; }

    public required int TerminalNo { get; init; }

    public required string BusinessDate { get; init; }

    public int? OpenCounter { get; init; }

    public required bool Verified { get; init; }

    /// <summary>When it was checked, ISO 8601 on the store's clock, as the original's app time.</summary>
    public required string VerifiedUpdateTime { get; init; }

    public required string VerifiedMessage { get; init; }

    /// <summary>The session's id: store, terminal, business date and open counter (<c>-</c> when none).</summary>
    public static string IdOf(string storeCode, int terminalNo, string businessDate, int? openCounter) =>
        string.Create(CultureInfo.InvariantCulture, $"{storeCode}_{terminalNo}_{businessDate}_{openCounter?.ToString(CultureInfo.InvariantCulture) ?? "-"}");
}
