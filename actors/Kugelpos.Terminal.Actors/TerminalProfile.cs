using Kugelpos.Actors.Contracts.Terminals;

namespace Kugelpos.Terminal.Actors;

/// <summary>What a terminal is, as opposed to what it is doing: set at creation, changed by the tenant.</summary>
public sealed record TerminalProfile
{
    /// <summary>The tenant.</summary>
    public required string TenantId { get; init; }

    /// <summary>The store.</summary>
    public required string StoreCode { get; init; }

    /// <summary>The terminal's number in the store.</summary>
    public required int TerminalNo { get; init; }

    /// <summary>What the terminal is, in the tenant's words.</summary>
    public required string Description { get; init; }

    /// <summary>What the terminal's screen is doing.</summary>
    public TerminalFunctionMode FunctionMode { get; init; } = TerminalFunctionMode.MainMenu;

    /// <summary>When the terminal was created.</summary>
    public required DateTimeOffset EntryDateTime { get; init; }

    /// <summary>When the terminal last changed.</summary>
    public DateTimeOffset? LastUpdateDateTime { get; init; }
}
