using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.Terminal.Terminals;

/// <summary>A terminal as the API returns it (OpenAPI schemas <c>Terminal</c> and <c>BaseTerminal</c>).</summary>
/// <param name="TerminalId"><c>{tenant}-{store}-{no}</c>.</param>
/// <param name="TenantId">The tenant.</param>
/// <param name="StoreCode">The store.</param>
/// <param name="TerminalNo">The number in the store.</param>
/// <param name="Description">The tenant's description.</param>
/// <param name="FunctionMode">The function mode.</param>
/// <param name="Status">Idle, Opened or Closed.</param>
/// <param name="BusinessDate"><c>YYYYMMDD</c>, once opened.</param>
/// <param name="OpenCounter">Opens on the business date.</param>
/// <param name="BusinessCounter">Opens ever.</param>
/// <param name="InitialAmount">Cash at the last open.</param>
/// <param name="PhysicalAmount">Cash counted at the last close.</param>
/// <param name="Staff">Who is signed in.</param>
/// <param name="ApiKey">The API key: at creation, and on reads by a user of the tenant while read-back is on; otherwise null.</param>
/// <param name="EntryDatetime">When created, <c>yyyy-MM-dd HH:mm:ss</c> (UTC).</param>
/// <param name="LastUpdateDatetime">When last changed.</param>
public sealed record TerminalView(
    string TerminalId,
    string TenantId,
    string StoreCode,
    int TerminalNo,
    string Description,
    string FunctionMode,
    string Status,
    string? BusinessDate,
    int OpenCounter,
    int BusinessCounter,
    decimal? InitialAmount,
    decimal? PhysicalAmount,
    StaffView? Staff,
    string? ApiKey,
    string EntryDatetime,
    string? LastUpdateDatetime)
{
    /// <summary>The view of a listed terminal, with <paramref name="apiKey"/> when it may be shown.</summary>
    public static TerminalView From(TerminalDocument terminal, string? apiKey)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        return new TerminalView(
            terminal.Id,
            terminal.TenantId,
            terminal.StoreCode,
            terminal.TerminalNo,
            terminal.Description,
            terminal.FunctionMode,
            terminal.Status,
            terminal.BusinessDate,
            terminal.OpenCounter,
            terminal.BusinessCounter,
            terminal.InitialAmount,
            terminal.PhysicalAmount,
            terminal.StaffId is { } staffId ? new StaffView(staffId, terminal.StaffName ?? string.Empty) : null,
            apiKey,
            ResponseTimestamps.Format(terminal.EntryDatetime),
            ResponseTimestamps.Format(terminal.LastUpdateDatetime));
    }

    /// <summary>Without the key, so a logged view leaks nothing.</summary>
    public override string ToString() => $"TerminalView {{ TerminalId = {TerminalId}, Status = {Status} }}";
}
