using Kugelpos.DocumentStore.Queries;
using Kugelpos.DocumentStore.Tests.Support;

namespace Kugelpos.DocumentStore.Tests.Contract;

public sealed class DecimalContractTests
{
    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Decimal_sum_is_stored_and_read_exactly(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();

        await items.InsertAsync(Item.Sample("i-1", price: 0.1m + 0.2m));

        var read = await items.GetAsync("i-1");
        Assert.Equal(0.3m, read!.Price);
        Assert.Equal("0.3", read.Price.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Large_and_tiny_amounts_keep_every_digit(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();
        decimal[] amounts = [12345678901.23m, -0.0001m, 79228162514264337593543950335m, 1.10m];

        for (var i = 0; i < amounts.Length; i++)
        {
            await items.InsertAsync(Item.Sample($"i-{i}", price: amounts[i]) with { Detail = new ItemDetail("x", amounts[i]) });
        }

        for (var i = 0; i < amounts.Length; i++)
        {
            var read = await items.GetAsync($"i-{i}");
            Assert.Equal(amounts[i].ToString(System.Globalization.CultureInfo.InvariantCulture), read!.Price.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(amounts[i], read.Detail!.Cost);
        }
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Decimal_filters_match_exact_amounts(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();
        await items.InsertAsync(Item.Sample("i-1", price: 0.1m + 0.2m));
        await items.InsertAsync(Item.Sample("i-2", price: 0.31m));

        var exact = await items.FindAsync(DocumentFilter.Eq("price", 0.3m));
        var above = await items.FindAsync(DocumentFilter.Gt("price", 0.3m));

        Assert.Equal(["i-1"], exact.Select(i => i.Id));
        Assert.Equal(["i-2"], above.Select(i => i.Id));
    }
}
