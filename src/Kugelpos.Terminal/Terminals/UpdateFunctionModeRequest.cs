using System.ComponentModel.DataAnnotations;
using Kugelpos.Actors.Contracts.Terminals;

namespace Kugelpos.Terminal.Terminals;

/// <summary>The body of <c>PATCH /api/v1/terminals/{id}/function_mode</c> (OpenAPI schema <c>UpdateFunctionModeRequest</c>).</summary>
public sealed record UpdateFunctionModeRequest
{
    /// <summary>One of the modes of <see cref="TerminalFunctionMode"/>, by name.</summary>
    [Required(ErrorMessage = "functionMode is required")]
    [EnumDataType(typeof(TerminalFunctionMode), ErrorMessage = "functionMode must be one of MainMenu, OpenTerminal, Sales, Returns, Void, Reports, CloseTerminal, Journal, Maintenance, CashInOut")]
    public string? FunctionMode { get; init; }

    /// <summary>The validated mode.</summary>
    internal TerminalFunctionMode Mode => Enum.Parse<TerminalFunctionMode>(FunctionMode ?? throw new InvalidOperationException("The request reached the handler without being validated."));
}
