namespace Kugelpos.Terminal.Terminals;

/// <summary>What a close answers (OpenAPI schema <c>TerminalCloseResponse</c>).</summary>
/// <param name="TerminalId">The terminal.</param>
/// <param name="BusinessDate">The session's business date, <c>YYYYMMDD</c>.</param>
/// <param name="OpenCounter">Opens on the business date.</param>
/// <param name="BusinessCounter">Opens ever.</param>
/// <param name="InitialAmount">Cash at open.</param>
/// <param name="TerminalInfo">The terminal as it now stands.</param>
/// <param name="ReceiptText">The slip to print, as the printer's PrintData XML.</param>
/// <param name="JournalText">The same slip as 32-column text, for the journal.</param>
/// <param name="PhysicalAmount">Cash counted at close.</param>
public sealed record TerminalCloseResponse(
    string TerminalId,
    string BusinessDate,
    int OpenCounter,
    int BusinessCounter,
    decimal? InitialAmount,
    TerminalView TerminalInfo,
    string ReceiptText,
    string JournalText,
    decimal? PhysicalAmount);
