using Kugelpos.DocumentStore.Tests.Support;

namespace Kugelpos.DocumentStore.Tests.Contract;

public sealed class IncrementContractTests
{
    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task First_increment_creates_the_counter(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var counters = harness.Database().GetCollection<Counter>("counters");

        Assert.Equal(1, await counters.IncrementAsync("T1-S1-1", "value"));
        Assert.Equal(11, await counters.IncrementAsync("T1-S1-1", "Value", 10));

        Assert.Equal(new Counter("T1-S1-1", 11), await counters.GetAsync("T1-S1-1"));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Fifty_concurrent_increments_hand_out_1_to_50_once_each(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var counters = harness.Database().GetCollection<Counter>("counters");

        var numbers = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(_ => Task.Run(() => counters.IncrementAsync("receipt-T1-S1-1", "value"))));

        Assert.Equal(Enumerable.Range(1, 50).Select(n => (long)n), numbers.Order());
        Assert.Equal(50, (await counters.GetAsync("receipt-T1-S1-1"))!.Value);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Counters_of_different_ids_are_independent(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var counters = harness.Database().GetCollection<Counter>("counters");

        await counters.IncrementAsync("a", "value", 5);

        Assert.Equal(1, await counters.IncrementAsync("b", "value"));
        Assert.Equal(4, await counters.IncrementAsync("a", "value", -1));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Incrementing_a_field_that_is_not_an_integer_is_refused(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();
        await items.InsertAsync(Item.Sample("i-1", code: "A-1"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => items.IncrementAsync("i-1", "code"));

        Assert.Contains("'code'", error.Message, StringComparison.Ordinal);
        Assert.Equal("A-1", (await items.GetAsync("i-1"))!.Code);
        await Assert.ThrowsAsync<ArgumentException>(() => items.IncrementAsync("i-1", "id"));
    }
}
