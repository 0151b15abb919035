using Kugelpos.DocumentStore.Queries;
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

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task An_int_field_stays_an_int_and_reads_back(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var numbered = harness.Database().GetCollection<NumberedItem>("numbered");
        await numbered.InsertAsync(new NumberedItem("n-1", 5));

        Assert.Equal(7, await numbered.IncrementAsync("n-1", "code", 2));
        Assert.Equal(1, await numbered.IncrementAsync("n-2", "code"));

        Assert.Equal(new NumberedItem("n-1", 7), await numbered.GetAsync("n-1"));
        Assert.Equal(new NumberedItem("n-2", 1), await numbered.GetAsync("n-2"));
        Assert.Equal([new NumberedItem("n-1", 7)], await numbered.FindAsync(DocumentFilter.Eq("code", 7)));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task An_increment_past_the_int_range_is_refused_and_leaves_the_counter(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var numbered = harness.Database().GetCollection<NumberedItem>("numbered");
        await numbered.InsertAsync(new NumberedItem("n-1", int.MaxValue - 1));
        await numbered.InsertAsync(new NumberedItem("n-2", int.MinValue + 1));

        Assert.Equal(int.MaxValue, await numbered.IncrementAsync("n-1", "code"));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => numbered.IncrementAsync("n-1", "code"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => numbered.IncrementAsync("n-2", "code", -2));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => numbered.IncrementAsync("n-1", "code", long.MinValue));

        Assert.Contains("'code'", error.Message, StringComparison.Ordinal);
        Assert.Equal(new NumberedItem("n-1", int.MaxValue), await numbered.GetAsync("n-1"));
        Assert.Equal(new NumberedItem("n-2", int.MinValue + 1), await numbered.GetAsync("n-2"));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_long_field_takes_values_past_the_int_range(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var counters = harness.Database().GetCollection<Counter>("counters");

        Assert.Equal(int.MaxValue + 1L, await counters.IncrementAsync("c", "value", int.MaxValue + 1L));

        Assert.Equal(new Counter("c", int.MaxValue + 1L), await counters.GetAsync("c"));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_field_declared_as_something_other_than_an_integer_is_refused_before_it_is_touched(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => items.IncrementAsync("i-9", "price"));

        Assert.Contains("'price'", error.Message, StringComparison.Ordinal);
        Assert.Null(await items.GetAsync("i-9"));
    }
}
