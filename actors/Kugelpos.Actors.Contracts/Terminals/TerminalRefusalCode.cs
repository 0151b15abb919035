using System.Text.Json.Serialization;

namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>Why the terminal actor refused an operation; the service maps each to its envelope.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TerminalRefusalCode>))]
public enum TerminalRefusalCode
{
    /// <summary>The operation needs an open terminal (cash in/out, transaction numbers, close from Idle, a session's function mode).</summary>
    NotOpened,

    /// <summary>Open, or the open function mode, while the terminal is open.</summary>
    AlreadyOpened,

    /// <summary>Close while the terminal is closed.</summary>
    AlreadyClosed,

    /// <summary>The operation needs a signed-in staff member.</summary>
    NotSignedIn,

    /// <summary>Sign-in while someone is signed in.</summary>
    AlreadySignedIn,

    /// <summary>A request value the operation cannot take; <see cref="TerminalRefusal.Field"/> names it.</summary>
    InvalidRequest,

    /// <summary>The terminal does not exist (never created, or deleted); every operation but create.</summary>
    NotFound,

    /// <summary>Create while the terminal exists.</summary>
    AlreadyExists,

    /// <summary>The presented API key is not the terminal's.</summary>
    WrongApiKey,

    /// <summary>Open, close, cash in or cash out of a terminal whose store is not on file.</summary>
    StoreNotFound,
}
