namespace Kugelpos.Terminal.Terminals;

/// <summary>What a delete answers (OpenAPI schema <c>TerminalDeleteResponse</c>).</summary>
/// <param name="TerminalId">The deleted terminal.</param>
public sealed record TerminalDeleteResponse(string TerminalId);
