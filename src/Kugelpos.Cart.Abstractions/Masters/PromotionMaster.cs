using System.Text.Json;

namespace Kugelpos.Cart.Abstractions.Masters;

/// <summary>
/// A promotion as a sales promotion plugin sees it (master-data's promotion response, same names).
/// The detail stays JSON: its shape belongs to the promotion type, and the plugin of that type reads it.
/// </summary>
public sealed record PromotionMaster
{
    /// <summary>Promotion code.</summary>
    public required string PromotionCode { get; init; }

    /// <summary>Promotion type, e.g. <c>category_discount</c>.</summary>
    public required string PromotionType { get; init; }

    /// <summary>Name, recorded as the discount's detail.</summary>
    public string? Name { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>Start of the promotion (master-data's <c>yyyy-MM-ddTHH:mm:ss</c>, UTC).</summary>
    public string? StartDatetime { get; init; }

    /// <summary>End of the promotion (master-data's <c>yyyy-MM-ddTHH:mm:ss</c>, UTC).</summary>
    public string? EndDatetime { get; init; }

    /// <summary>Whether it is switched on.</summary>
    public bool IsActive { get; init; } = true;

    /// <summary>Type-specific targets and rate.</summary>
    public JsonElement? Detail { get; init; }
}
