namespace Kugelpos.Benchmarks.Sale;

/// <summary>A terminal set up for one POS device: how it names itself and the API key it calls with.</summary>
/// <param name="TerminalId">The terminal id, <c>{tenant}-{store}-{terminal_no}</c>.</param>
/// <param name="ApiKey">Its API key, sent as <c>X-API-KEY</c>.</param>
public sealed record PosTerminal(string TerminalId, string ApiKey);
