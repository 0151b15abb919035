using Kugelpos.Cart.Abstractions.Masters;

namespace Kugelpos.Cart.Abstractions.Plugins;

/// <summary>
/// What the cart service gives a sales promotion: the promotions in force for the cart's store (read
/// from master-data, cached by the service) and the time. Implemented by the cart service.
/// </summary>
public interface IPromotionContext
{
    /// <summary>The clock of the cart service (fake in tests).</summary>
    TimeProvider Time { get; }

    /// <summary>
    /// The promotions active now for the cart's store (master-data's active-promotions read: switched on,
    /// inside their date range, for this store or every store).
    /// </summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<IReadOnlyList<PromotionMaster>> GetActivePromotionsAsync(CancellationToken cancellationToken);
}
