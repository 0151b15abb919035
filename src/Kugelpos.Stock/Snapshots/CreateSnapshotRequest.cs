using System.ComponentModel.DataAnnotations;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.Stock.Snapshots;

/// <summary>The optional body of <c>POST .../stock/snapshot</c> (OpenAPI schema <c>CreateSnapshotRequest</c>).</summary>
public sealed record CreateSnapshotRequest
{
    /// <summary>The original's default creator.</summary>
    public const string System = "system";

    /// <summary>Who takes the snapshot; the calling terminal when left at <see cref="System"/>.</summary>
    [Required(ErrorMessage = "createdBy must not be null")]
    [StringLength(StockLimits.MaxTextLength, MinimumLength = 1, ErrorMessage = "createdBy must be 1 to {1} characters")]
    [NoControlCharacters]
    public string? CreatedBy { get; init; } = System;
}
