using System.Globalization;

namespace Kugelpos.Cart.Carts;

/// <summary>
/// A terminal, and the one a cart belongs to, read from the cart id: a cart id is the creating terminal's id
/// and a random part, <c>{tenant}-{store}-{terminal_no}-{32 hex digits}</c>. Tenant ids and store
/// codes never contain <c>-</c>, so the id splits into exactly four parts.
/// </summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="StoreCode">The store.</param>
/// <param name="TerminalNo">The terminal's number in the store.</param>
internal sealed record CartOwner(string TenantId, string StoreCode, int TerminalNo)
{
    /// <summary>The owning terminal's id, <c>{tenant}-{store}-{terminal_no}</c>.</summary>
    public string TerminalId => $"{TenantId}-{StoreCode}-{TerminalNo.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A new cart id for the terminal <paramref name="terminalId"/>.</summary>
    /// <param name="terminalId">The creating terminal.</param>
    public static string NewCartId(string terminalId) => $"{terminalId}-{Guid.NewGuid():N}";

    /// <summary>The owner named in <paramref name="cartId"/>, or null when it is no cart id of ours.</summary>
    /// <param name="cartId">The cart id from the path.</param>
    public static CartOwner? Of(string cartId)
    {
        ArgumentNullException.ThrowIfNull(cartId);
        var cut = cartId.LastIndexOf('-');
        var random = cartId[(cut + 1)..];
        return cut > 0 && random.Length == 32 && random.All(char.IsAsciiHexDigitLower) ? OfTerminal(cartId[..cut]) : null;
    }

    /// <summary>The terminal <paramref name="terminalId"/> (<c>{tenant}-{store}-{terminal_no}</c>), or null when it is not one.</summary>
    /// <param name="terminalId">A terminal id.</param>
    public static CartOwner? OfTerminal(string terminalId)
    {
        ArgumentNullException.ThrowIfNull(terminalId);
        var parts = terminalId.Split('-');
        return parts.Length == 3
            && parts[0].Length > 0 && parts[1].Length > 0
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var terminalNo)
                ? new CartOwner(parts[0], parts[1], terminalNo)
                : null;
    }
}
