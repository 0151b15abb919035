using Kugelpos.Cart.Abstractions;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;

namespace Kugelpos.Cart.Carts;

/// <summary>
/// Which terminal a cart request acts for, and whether it may reach the cart. A POS device calls as
/// its terminal (terminal JWT, or <c>X-API-KEY</c> with <c>terminal_id</c>); a user of the tenant may
/// act for one of its terminals named by <c>terminal_id</c>. A cart is reachable only from the
/// terminal that created it: any other cart id, another tenant's included, is not found.
/// </summary>
internal static class CartAccess
{
    /// <summary>The terminal the caller acts for.</summary>
    /// <param name="caller">The verified caller.</param>
    /// <param name="terminalId">The <c>terminal_id</c> query parameter.</param>
    public static CartOwner Terminal(KugelposCaller caller, string? terminalId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Terminal is { } terminal)
        {
            return new CartOwner(terminal.TenantId, terminal.StoreCode, terminal.TerminalNo);
        }

        if (caller.IsService)
        {
            throw new KugelposException(StatusCodes.Status403Forbidden, KugelposErrorCodes.AuthorizationError, "Carts are used by a terminal or a user of its tenant, not by a service");
        }

        if (string.IsNullOrWhiteSpace(terminalId))
        {
            throw Invalid("terminal_id is required when a user calls");
        }

        var owner = CartOwner.OfTerminal(terminalId);
        if (owner is null || owner.TenantId != caller.TenantId)
        {
            throw Invalid($"terminal_id {terminalId} is not a terminal of tenant {caller.TenantId}");
        }

        return owner;
    }

    /// <summary>The terminal the caller acts for, after checking that <paramref name="cartId"/> is one of its carts.</summary>
    /// <param name="caller">The verified caller.</param>
    /// <param name="terminalId">The <c>terminal_id</c> query parameter.</param>
    /// <param name="cartId">The cart id from the path.</param>
    public static CartOwner Cart(KugelposCaller caller, string? terminalId, string cartId)
    {
        var terminal = Terminal(caller, terminalId);
        return CartOwner.Of(cartId) == terminal ? terminal : throw NotFound(cartId);
    }

    /// <summary>The answer for a cart the caller cannot reach or that does not exist: the same, so neither tells the other.</summary>
    /// <param name="cartId">The cart id asked for.</param>
    public static KugelposException NotFound(string cartId) =>
        new(StatusCodes.Status404NotFound, CartErrorCodes.CartNotFound, $"Cart {cartId} was not found.", "cartId");

    private static KugelposException Invalid(string message) =>
        new(StatusCodes.Status400BadRequest, KugelposErrorCodes.ValidationError, message, "terminal_id");
}
