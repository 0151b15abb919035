namespace Kugelpos.ServiceDefaults.Tests.Errors;

public sealed record TerminalView(string TerminalId, TerminalState Status);
