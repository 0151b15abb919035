namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>A terminal's live state as the actor holds it, for a response or an event.</summary>
public sealed record TerminalSnapshot
{
    /// <summary>Terminal id, <c>{tenant}-{store}-{no}</c>.</summary>
    public required string TerminalId { get; init; }

    /// <summary>The tenant.</summary>
    public required string TenantId { get; init; }

    /// <summary>The store.</summary>
    public required string StoreCode { get; init; }

    /// <summary>The terminal's number in the store.</summary>
    public required int TerminalNo { get; init; }

    /// <summary>What the terminal is, in the tenant's words.</summary>
    public required string Description { get; init; }

    /// <summary>What the terminal's screen is doing.</summary>
    public required TerminalFunctionMode FunctionMode { get; init; }

    /// <summary>When the terminal was created.</summary>
    public required DateTimeOffset EntryDateTime { get; init; }

    /// <summary>When the terminal last changed.</summary>
    public DateTimeOffset? LastUpdateDateTime { get; init; }

    /// <summary>
    /// Grows with every change the actor saves, so a listing written from an older state never
    /// replaces one written from a newer.
    /// </summary>
    public required long Version { get; init; }

    /// <summary>Idle, Opened or Closed.</summary>
    public required TerminalStatus Status { get; init; }

    /// <summary>Who is signed in, if anyone.</summary>
    public SignedInStaff? Staff { get; init; }

    /// <summary>
    /// Business date of the current or last session; absent before the first open. A date, not
    /// the original's <c>YYYYMMDD</c> string: the event contracts and the API write that form.
    /// </summary>
    public DateOnly? BusinessDate { get; init; }

    /// <summary>Opens on <see cref="BusinessDate"/>: 1 on a new date, +1 on the same date.</summary>
    public required int OpenCounter { get; init; }

    /// <summary>Opens ever: +1 on every open.</summary>
    public required int BusinessCounter { get; init; }

    /// <summary>Cash in the drawer at the last open.</summary>
    public decimal? InitialAmount { get; init; }

    /// <summary>Cash counted at the last close.</summary>
    public decimal? PhysicalAmount { get; init; }

    /// <summary>Cash movements in the session (the opening float included).</summary>
    public required int CashInOutCount { get; init; }

    /// <summary>When the session's last cash movement was recorded.</summary>
    public DateTimeOffset? CashInOutLastDateTime { get; init; }

    /// <summary>Transaction numbers handed out in the session.</summary>
    public required int CartTransactionCount { get; init; }

    /// <summary>The session's last transaction number, absent when it has none.</summary>
    public int? CartTransactionLastNo { get; init; }

    /// <summary>Transaction numbers handed out ever; the last transaction number.</summary>
    public required int TransactionCounter { get; init; }

    /// <summary>Receipts numbered ever; it never wraps, the printed receipt number does.</summary>
    public required int ReceiptCounter { get; init; }
}
