using System.Text.Json.Serialization;

namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>What a terminal's screen is doing; the modes of the original, travelling as their names.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TerminalFunctionMode>))]
public enum TerminalFunctionMode
{
    /// <summary>The main menu; every new terminal starts here.</summary>
    MainMenu,

    /// <summary>Opening the terminal; not while it is open.</summary>
    OpenTerminal,

    /// <summary>Selling; only while open.</summary>
    Sales,

    /// <summary>Returns; only while open.</summary>
    Returns,

    /// <summary>Voiding; only while open.</summary>
    Void,

    /// <summary>Reports.</summary>
    Reports,

    /// <summary>Closing the terminal; only while open.</summary>
    CloseTerminal,

    /// <summary>The electronic journal.</summary>
    Journal,

    /// <summary>Maintenance.</summary>
    Maintenance,

    /// <summary>Cash in and out; only while open.</summary>
    CashInOut,
}
