using System.ComponentModel.DataAnnotations;

namespace Kugelpos.Terminal.Terminals;

/// <summary>The optional body of <c>POST /api/v1/terminals/{id}/open</c> (OpenAPI schema <c>TerminalOpenRequest</c>).</summary>
public sealed record TerminalOpenRequest
{
    /// <summary>Cash in the drawer at open, zero or more.</summary>
    [Range(typeof(decimal), "0", "999999999999", ErrorMessage = "initialAmount must be from {1} to {2}")]
    public decimal? InitialAmount { get; init; }
}
