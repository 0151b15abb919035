using Kugelpos.Actors.Contracts.Terminals;

namespace Kugelpos.Terminal.Terminals;

/// <summary>The slip the terminal actor printed for an accepted open, close or cash movement (the actor makes it, once, with the log).</summary>
internal static class TerminalSlips
{
    /// <summary>The printer's PrintData XML, the response's <c>receiptText</c>.</summary>
    public static string ReceiptText(TerminalReply reply) =>
        reply.ReceiptText ?? throw new InvalidOperationException("An accepted open, close or cash movement is answered with its slip.");

    /// <summary>The journal's text, the response's <c>journalText</c>.</summary>
    public static string JournalText(TerminalReply reply) =>
        reply.JournalText ?? throw new InvalidOperationException("An accepted open, close or cash movement is answered with its slip.");
}
