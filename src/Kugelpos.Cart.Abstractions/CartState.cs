using System.Text.Json.Serialization;

namespace Kugelpos.Cart.Abstractions;

/// <summary>
/// Where a cart stands in a sale; it travels and is stored by name, as the original's
/// <c>cartStatus</c> strings ("Initial", "Idle", ...).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<CartState>))]
public enum CartState
{
    /// <summary>Not created yet: only create is allowed.</summary>
    Initial,

    /// <summary>Created, no item entered yet.</summary>
    Idle,

    /// <summary>Items are being entered.</summary>
    EnteringItem,

    /// <summary>After subtotal: subtotal discounts and payments are taken until bill.</summary>
    Paying,

    /// <summary>Billed; read only.</summary>
    Completed,

    /// <summary>Cancelled; read only.</summary>
    Cancelled,
}
