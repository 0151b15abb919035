using System.Text.Json;
using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Abstractions.Masters;
using Kugelpos.Cart.Abstractions.Plugins;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Plugins.Standard.Promotions;

/// <summary>
/// The category discount (the original's CategoryPromoPlugin, line-item phase): every line not
/// cancelled, not discount-restricted and without a category discount yet gets, as a percentage
/// discount, the highest rate among the active category promotions of its category.
/// </summary>
/// <param name="arguments">The configuration's entry: its code; no arguments.</param>
public sealed class CategoryPromotion(SalesPluginArguments arguments) : ISalesPromotionPlugin
{
    /// <summary>The promotion type this plugin handles.</summary>
    public const string PromotionType = "category_discount";

    private static readonly JsonSerializerOptions DetailJson = new(JsonSerializerDefaults.Web);

    /// <summary>The category discount under its standard name, <c>category</c>.</summary>
    public CategoryPromotion()
        : this(new SalesPluginArguments("category"))
    {
    }

    /// <inheritdoc />
    public string Code { get; } = arguments?.Code ?? throw new ArgumentNullException(nameof(arguments));

    /// <inheritdoc />
    public PromotionPhase Phase => PromotionPhase.LineItem;

    /// <inheritdoc />
    public async ValueTask<CartDocument> ApplyAsync(CartDocument cart, IPromotionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cart);
        ArgumentNullException.ThrowIfNull(context);
        var best = BestPerCategory(await context.GetActivePromotionsAsync(cancellationToken));
        if (best.Count == 0)
        {
            return cart;
        }

        return cart with { LineItems = [.. cart.LineItems.Select(line => Promote(line, best))] };
    }

    private static CartLineItem Promote(CartLineItem line, Dictionary<string, (PromotionMaster Promotion, decimal Rate)> best)
    {
        if (line.IsCancelled || line.IsDiscountRestricted || line.CategoryCode is null
            || line.Discounts.Any(d => d.PromotionType == PromotionType)
            || !best.TryGetValue(line.CategoryCode, out var found))
        {
            return line;
        }

        return line with
        {
            Discounts =
            [
                .. line.Discounts,
                new TransactionDiscount
                {
                    SeqNo = line.Discounts.Count + 1,
                    DiscountType = DiscountTypes.Percentage,
                    DiscountValue = found.Rate,
                    Detail = found.Promotion.Name ?? "Category Promotion",
                    PromotionCode = found.Promotion.PromotionCode,
                    PromotionType = PromotionType,
                },
            ],
        };
    }

    private static Dictionary<string, (PromotionMaster Promotion, decimal Rate)> BestPerCategory(IReadOnlyList<PromotionMaster> promotions)
    {
        var best = new Dictionary<string, (PromotionMaster, decimal Rate)>(StringComparer.Ordinal);
        foreach (var promotion in promotions.Where(p => p.PromotionType == PromotionType && p.Detail is not null))
        {
            var detail = ReadDetail(promotion.Detail!.Value);
            if (detail is null)
            {
                continue;
            }

            foreach (var category in detail.TargetCategoryCodes)
            {
                // The first of equal rates stays, as in the original (only a strictly higher rate replaces it).
                if (!best.TryGetValue(category, out var current) || detail.DiscountRate > current.Rate)
                {
                    best[category] = (promotion, detail.DiscountRate);
                }
            }
        }

        return best;
    }

    // A detail that does not read skips that promotion only, as the original's _parse_detail.
    private static CategoryPromotionDetail? ReadDetail(JsonElement detail)
    {
        try
        {
            return detail.Deserialize<CategoryPromotionDetail>(DetailJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
