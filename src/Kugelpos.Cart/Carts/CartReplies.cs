using Kugelpos.Actors.Contracts.Carts;
using Kugelpos.Cart.Abstractions;
using Kugelpos.ServiceDefaults.Errors;

namespace Kugelpos.Cart.Carts;

/// <summary>The cart actor's replies as the API answers them.</summary>
internal static class CartReplies
{
    /// <summary>The cart of an accepted reply; a refusal thrown as its envelope, with its status, code and field.</summary>
    /// <param name="reply">The actor's reply.</param>
    public static CartDocument Accepted(CartReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Refusal is { } refusal)
        {
            throw new KugelposException(refusal.StatusCode, refusal.ErrorCode, refusal.Message, refusal.Field);
        }

        return reply.Cart ?? throw new InvalidOperationException("A cart reply has neither a cart nor a refusal.");
    }
}
