using System.Text.Json.Serialization;
using Kugelpos.Cart.Abstractions.Masters;

namespace Kugelpos.Cart.Abstractions;

/// <summary>
/// The master data a cart took when it needed it (the original's ReferenceMasters): the cart keeps
/// calculating with these copies even if master data changes or cannot be reached meanwhile.
/// </summary>
public sealed record CartMasters
{
    /// <summary>Items added to the cart, one entry per item code.</summary>
    [JsonPropertyName("items")]
    public IReadOnlyList<ItemMaster> Items { get; init; } = [];

    /// <summary>The taxes, taken when the cart was created.</summary>
    [JsonPropertyName("taxes")]
    public IReadOnlyList<TaxMaster> Taxes { get; init; } = [];

    /// <summary>The settings, taken when the cart was created.</summary>
    [JsonPropertyName("settings")]
    public IReadOnlyList<SettingMaster> Settings { get; init; } = [];
}
