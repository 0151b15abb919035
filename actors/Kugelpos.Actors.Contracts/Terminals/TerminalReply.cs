namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>
/// What the terminal actor answers: the terminal as it now stands, and either the refusal
/// (nothing changed) or, for operations that move cash, the movement recorded.
/// </summary>
public sealed record TerminalReply
{
    /// <summary>
    /// The terminal after the operation, or unchanged when refused; null when it does not exist
    /// (refused <see cref="TerminalRefusalCode.NotFound"/>, or just deleted).
    /// </summary>
    public TerminalSnapshot? Terminal { get; init; }

    /// <summary>
    /// The API key as the service encrypted it at creation, for the service to read back to the
    /// owning tenant; never in <see cref="Terminal"/>, which events are built from.
    /// </summary>
    public string? ProtectedApiKey { get; init; }

    /// <summary>Set when the operation was refused.</summary>
    public TerminalRefusal? Refusal { get; init; }

    /// <summary>Set by cash in, cash out and an open with an initial amount.</summary>
    public CashMovement? CashMovement { get; init; }

    /// <summary>
    /// The slip an open, a close or a cash movement printed, as the printer's PrintData XML; the
    /// same text is its log's <c>receipt_text</c>. Null for other operations and refusals.
    /// </summary>
    public string? ReceiptText { get; init; }

    /// <summary>The same slip as the journal's 32-column text, its log's <c>journal_text</c>.</summary>
    public string? JournalText { get; init; }

    /// <summary>Without the encrypted key, so a logged reply shows none of it.</summary>
    public override string ToString() => $"TerminalReply {{ Terminal = {Terminal}, Refusal = {Refusal}, CashMovement = {CashMovement} }}";
}
