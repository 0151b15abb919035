namespace Kugelpos.Contracts.Terminals;

/// <summary>
/// Values of <c>event_type</c> on the terminal's logs; the original's republisher
/// picks the topic by it.
/// </summary>
public static class TerminalEventTypes
{
    /// <summary>A cash in/out log.</summary>
    public const string CashInOut = "cash_in_out";

    /// <summary>An open log.</summary>
    public const string Open = "open";

    /// <summary>A close log.</summary>
    public const string Close = "close";
}
