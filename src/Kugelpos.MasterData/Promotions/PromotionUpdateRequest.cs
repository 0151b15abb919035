using System.ComponentModel.DataAnnotations;
using Kugelpos.MasterData.Validation;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.MasterData.Promotions;

/// <summary>
/// The body of <c>PUT /promotions/{promotion_code}</c>, the original's <c>PromotionUpdateRequest</c>:
/// every field optional, an absent one kept; code and type never change. The dates are checked
/// against the stored ones in the handler.
/// </summary>
public sealed record PromotionUpdateRequest
{
    /// <summary>A new name, not blank.</summary>
    [RegularExpression(@"[\s\S]*\S[\s\S]*", ErrorMessage = "name must not be blank")]
    [StringLength(MasterDataLimits.MaxTextLength, ErrorMessage = "name must be at most {1} characters")]
    [NoControlCharacters]
    public string? Name { get; init; }

    /// <summary>A new description.</summary>
    [StringLength(MasterDataLimits.MaxTextLength, ErrorMessage = "description must be at most {1} characters")]
    [NoControlCharacters]
    public string? Description { get; init; }

    /// <summary>A new start, ISO 8601.</summary>
    [IsoDateTime(Optional = true)]
    public string? StartDatetime { get; init; }

    /// <summary>A new end, ISO 8601, after the start.</summary>
    [IsoDateTime(Optional = true)]
    public string? EndDatetime { get; init; }

    /// <summary>Switches it on or off.</summary>
    public bool? IsActive { get; init; }

    /// <summary>New targets and rate, replacing the stored ones.</summary>
    public PromotionDetailRequest? Detail { get; init; }
}
