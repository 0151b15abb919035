using System.ComponentModel.DataAnnotations;

namespace Kugelpos.Terminal.Terminals;

/// <summary>The optional body of <c>POST /api/v1/terminals/{id}/close</c> (OpenAPI schema <c>TerminalCloseRequest</c>).</summary>
public sealed record TerminalCloseRequest
{
    /// <summary>Cash counted in the drawer, zero or more.</summary>
    [Range(typeof(decimal), "0", "999999999999", ErrorMessage = "physicalAmount must be from {1} to {2}")]
    public decimal? PhysicalAmount { get; init; }
}
