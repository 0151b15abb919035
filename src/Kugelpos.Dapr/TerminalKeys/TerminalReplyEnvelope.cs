namespace Kugelpos.Dapr.TerminalKeys;

/// <summary>The Kugelpos envelope around a terminal reply; only its <c>data</c> is read.</summary>
internal sealed record TerminalReplyEnvelope(TerminalReply? Data);
