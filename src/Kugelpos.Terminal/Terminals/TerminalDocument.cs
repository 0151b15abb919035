using System.Globalization;
using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.DocumentStore;

namespace Kugelpos.Terminal.Terminals;

/// <summary>
/// A terminal as listed (collection <c>info_terminal</c>, the original's fields): the projection
/// the terminal actor writes after each change, for <c>GET /api/v1/terminals</c>. The actor's
/// state is the source of truth; <see cref="Version"/> is the state's version this shows.
/// </summary>
/// <param name="Id">The terminal id, the document key.</param>
/// <param name="TenantId">The tenant.</param>
/// <param name="StoreCode">The store.</param>
/// <param name="TerminalNo">The number in the store.</param>
/// <param name="Description">The tenant's description.</param>
/// <param name="FunctionMode">The function mode's name.</param>
/// <param name="Status">Idle, Opened or Closed.</param>
/// <param name="BusinessDate">The business date, <c>YYYYMMDD</c>, once opened.</param>
/// <param name="OpenCounter">Opens on the business date.</param>
/// <param name="BusinessCounter">Opens ever.</param>
/// <param name="InitialAmount">Cash at the last open.</param>
/// <param name="PhysicalAmount">Cash counted at the last close.</param>
/// <param name="StaffId">The signed-in staff member, if any.</param>
/// <param name="StaffName">Their name.</param>
/// <param name="EntryDatetime">When created.</param>
/// <param name="LastUpdateDatetime">When last changed.</param>
/// <param name="ProtectedApiKey">The API key as the service encrypted it.</param>
/// <param name="Version">The actor state's version; an older one never replaces a newer.</param>
public sealed record TerminalDocument(
    string Id,
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
    string? StaffId,
    string? StaffName,
    DateTimeOffset EntryDatetime,
    DateTimeOffset? LastUpdateDatetime,
    string ProtectedApiKey,
    long Version) : IDocument
{
    /// <summary>The original's business date format.</summary>
    public const string BusinessDateFormat = "yyyyMMdd";

    /// <summary>The listing of <paramref name="terminal"/> with its encrypted key.</summary>
    public static TerminalDocument From(TerminalSnapshot terminal, string protectedApiKey)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        return new TerminalDocument(
            terminal.TerminalId,
            terminal.TenantId,
            terminal.StoreCode,
            terminal.TerminalNo,
            terminal.Description,
            terminal.FunctionMode.ToString(),
            terminal.Status.ToString(),
            terminal.BusinessDate?.ToString(BusinessDateFormat, CultureInfo.InvariantCulture),
            terminal.OpenCounter,
            terminal.BusinessCounter,
            terminal.InitialAmount,
            terminal.PhysicalAmount,
            terminal.Staff?.StaffId,
            terminal.Staff?.StaffName,
            terminal.EntryDateTime,
            terminal.LastUpdateDateTime,
            protectedApiKey,
            terminal.Version);
    }

    /// <summary>Without the encrypted key.</summary>
    public override string ToString() => $"TerminalDocument {{ Id = {Id}, Status = {Status}, Version = {Version} }}";
}
