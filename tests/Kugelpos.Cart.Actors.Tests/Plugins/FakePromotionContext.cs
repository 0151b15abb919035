using System.Text.Json;
using Kugelpos.Cart.Abstractions.Masters;
using Kugelpos.Cart.Abstractions.Plugins;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.Cart.Actors.Tests.Plugins;

/// <summary>The promotions master-data would answer, held in memory.</summary>
internal sealed class FakePromotionContext(TimeProvider time, params PromotionMaster[] promotions) : IPromotionContext
{
    public FakePromotionContext(params PromotionMaster[] promotions)
        : this(new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero)), promotions)
    {
    }

    public TimeProvider Time { get; } = time;

    public int Reads { get; private set; }

    public ValueTask<IReadOnlyList<PromotionMaster>> GetActivePromotionsAsync(CancellationToken cancellationToken)
    {
        Reads++;
        return ValueTask.FromResult<IReadOnlyList<PromotionMaster>>(promotions);
    }

    public static PromotionMaster Category(string code, decimal rate, params string[] categories) => new()
    {
        PromotionCode = code,
        PromotionType = "category_discount",
        Name = $"Promotion {code}",
        Detail = JsonSerializer.SerializeToElement(new { targetStoreCodes = Array.Empty<string>(), targetCategoryCodes = categories, discountRate = rate }),
    };
}
