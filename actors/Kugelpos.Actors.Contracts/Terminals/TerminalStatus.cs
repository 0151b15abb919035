using System.Text.Json.Serialization;

namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>A terminal's status; it travels as the original's strings.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TerminalStatus>))]
public enum TerminalStatus
{
    /// <summary>Never opened.</summary>
    Idle,

    /// <summary>Open for business.</summary>
    Opened,

    /// <summary>Closed after business.</summary>
    Closed,
}
