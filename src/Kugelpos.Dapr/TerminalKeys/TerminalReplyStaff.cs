namespace Kugelpos.Dapr.TerminalKeys;

/// <summary>
/// The signed-in staff member in a terminal reply: <c>staffId</c>/<c>staffName</c> as terminal.json
/// has them, or <c>id</c>/<c>name</c> as the stored document does; the original reads either.
/// </summary>
internal sealed record TerminalReplyStaff
{
    public string? StaffId { get; init; }

    public string? StaffName { get; init; }

    public string? Id { get; init; }

    public string? Name { get; init; }
}
