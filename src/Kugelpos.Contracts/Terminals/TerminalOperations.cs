namespace Kugelpos.Contracts.Terminals;

/// <summary>Values of <see cref="OpenCloseLog.Operation"/>.</summary>
public static class TerminalOperations
{
    /// <summary>The terminal was opened.</summary>
    public const string Open = "open";

    /// <summary>The terminal was closed.</summary>
    public const string Close = "close";
}
