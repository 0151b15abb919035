using System.Text.Json.Serialization;
using Kugelpos.Actors.Contracts.Terminals;

namespace Kugelpos.Terminal.Actors;

/// <summary>
/// A terminal's live state, stored as one value under <see cref="TerminalActor.StateName"/> so
/// every change is saved whole or not at all.
/// </summary>
public sealed record TerminalState
{
    /// <summary>A terminal that has never been touched.</summary>
    public static TerminalState Initial { get; } = new();

    /// <summary>What the terminal is; null until created.</summary>
    public TerminalProfile? Profile { get; init; }

    /// <summary>Its API key's hash and encrypted copy; null until created and after deletion.</summary>
    public TerminalCredentials? Credentials { get; init; }

    /// <summary>
    /// Set by a deletion, which keeps the profile (its tenant names the listing to remove it from)
    /// and the version (so a late write of the deleted terminal never brings its listing back).
    /// </summary>
    public bool IsDeleted { get; init; }

    /// <summary>Grows with every saved change the listing shows; the listing's version.</summary>
    public long Version { get; init; }

    /// <summary>
    /// Saved with a change, in the same state transaction, and cleared once the listing shows it:
    /// while set, the listing may lag, and the actor writes it before it acts again.
    /// </summary>
    public bool ProjectionPending { get; init; }

    /// <summary>Whether the terminal exists: created and not deleted.</summary>
    [JsonIgnore]
    public bool Exists => Profile is not null && !IsDeleted;

    /// <summary>Idle, Opened or Closed.</summary>
    public TerminalStatus Status { get; init; } = TerminalStatus.Idle;

    /// <summary>Who is signed in, if anyone.</summary>
    public SignedInStaff? Staff { get; init; }

    /// <summary>Business date of the current or last session.</summary>
    public DateOnly? BusinessDate { get; init; }

    /// <summary>Opens on <see cref="BusinessDate"/>.</summary>
    public int OpenCounter { get; init; }

    /// <summary>Opens ever.</summary>
    public int BusinessCounter { get; init; }

    /// <summary>Cash in the drawer at the last open.</summary>
    public decimal? InitialAmount { get; init; }

    /// <summary>Cash counted at the last close.</summary>
    public decimal? PhysicalAmount { get; init; }

    /// <summary>Cash movements in the session.</summary>
    public int CashInOutCount { get; init; }

    /// <summary>When the session's last cash movement was recorded.</summary>
    public DateTimeOffset? CashInOutLastDateTime { get; init; }

    /// <summary>Transaction numbers handed out in the session.</summary>
    public int CartTransactionCount { get; init; }

    /// <summary>The last transaction number handed out.</summary>
    public int TransactionCounter { get; init; }

    /// <summary>Receipts numbered ever.</summary>
    public int ReceiptCounter { get; init; }

    /// <summary>The latest numbers handed out for keyed requests, newest last (at most <see cref="TransactionNumbering.KeysKept"/>).</summary>
    public IReadOnlyList<KeyedNumbers> KeyedNumbers { get; init; } = [];
}
