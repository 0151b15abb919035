using System.ComponentModel.DataAnnotations;

namespace Kugelpos.ServiceDefaults.Tests.Requests;

/// <summary>A request body in the Kugelpos shape: a record with init properties and DataAnnotations.</summary>
public sealed record OpenTerminalRequest
{
    [Required]
    public string? TenantId { get; init; }

    [Required]
    [StringLength(10)]
    public string? StoreCode { get; init; }

    [Range(1, 999)]
    public int TerminalNo { get; init; }

    public decimal InitialAmount { get; init; }

    public IReadOnlyList<CashLine>? Lines { get; init; }
}
