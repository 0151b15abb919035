namespace Kugelpos.Terminal.Terminals;

/// <summary>What cash in and cash out answer (OpenAPI schema <c>CashInOutResponse</c>).</summary>
/// <param name="TerminalId">The terminal.</param>
/// <param name="Amount">The amount as recorded: negative for cash out.</param>
/// <param name="Description">The given description or the original's default.</param>
/// <param name="ReceiptText">The slip to print, as the printer's PrintData XML.</param>
/// <param name="JournalText">The same slip as 32-column text, for the journal.</param>
public sealed record CashInOutResponse(string TerminalId, decimal Amount, string Description, string ReceiptText, string JournalText);
