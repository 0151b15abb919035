namespace Kugelpos.Dapr.TerminalKeys;

/// <summary>
/// The part of the terminal service's <c>GET /api/v1/terminals/{terminal_id}</c> answer (its
/// <c>data</c>, camelCase Terminal of terminal.json, snake_case accepted) that a terminal's claims
/// are made of. Everything else, the API key included, is left unread.
/// </summary>
internal sealed record TerminalReply
{
    public string? TenantId { get; init; }

    public string? StoreCode { get; init; }

    public int? TerminalNo { get; init; }

    public string? TerminalId { get; init; }

    public string? Status { get; init; }

    public string? BusinessDate { get; init; }

    public int? OpenCounter { get; init; }

    public int? BusinessCounter { get; init; }

    public TerminalReplyStaff? Staff { get; init; }
}
