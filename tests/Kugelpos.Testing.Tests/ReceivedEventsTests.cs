using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Subscriptions;
using Kugelpos.Testing.Subscriptions;

namespace Kugelpos.Testing.Tests;

/// <summary>The tests' one record of what a test subscriber was handed, and its one handler.</summary>
public sealed class ReceivedEventsTests
{
    [Fact]
    public async Task Each_delivery_is_kept_in_arrival_order_and_a_redelivery_counts_as_a_second_time_of_the_same_event()
    {
        var received = new ReceivedEvents();
        var handler = new RecordingHandler<CashInOutLog>(received);
        var cashIn = Cash(1000m);
        var cashOut = Cash(-500m);
        var open = new OpenCloseLog { TenantId = "T0001", StoreCode = "S01", TerminalNo = 1, EventId = Guid.NewGuid(), Operation = "open" };

        var outcome = await handler.HandleAsync(cashIn, CancellationToken.None);
        received.Add(open);
        await handler.HandleAsync(cashOut, CancellationToken.None);
        await handler.HandleAsync(cashIn, CancellationToken.None);

        Assert.Equal(SubscriptionAnswer.Success, outcome.Answer);
        Assert.Equal([cashIn.EventId, open.EventId, cashOut.EventId, cashIn.EventId], received.Deliveries.Select(e => e.EventId));
        Assert.Equal([(cashIn.EventId, 2), (open.EventId, 1), (cashOut.EventId, 1)], received.Distinct.Select(d => (d.Event.EventId, d.Times)));
        Assert.Equal([1000m, -500m, 1000m], received.Of<CashInOutLog>().Select(l => l.Amount));
    }

    [Fact]
    public async Task A_wait_completes_once_its_condition_holds_and_not_before()
    {
        var received = new ReceivedEvents();
        var first = Cash(1m);
        received.Add(first);
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        var twoDistinct = received.WhenDistinctAsync(2, patience.Token);
        var twoDelivered = received.WhenDeliveredAsync(2, patience.Token);
        received.Add(first);

        Assert.False(twoDistinct.IsCompleted);
        Assert.Equal([first, first], await twoDelivered);
        var second = Cash(2m);
        received.Add(second);
        await twoDistinct;
        await received.WhenAsync(d => d.Count == 3, patience.Token);
    }

    [Fact]
    public async Task A_wait_whose_condition_never_holds_ends_when_its_token_is_cancelled()
    {
        var received = new ReceivedEvents();
        using var cancel = new CancellationTokenSource();

        var wait = received.WhenDistinctAsync(1, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
    }

    [Fact]
    public void Raw_bodies_are_kept_apart_from_the_events_in_the_order_they_came()
    {
        var received = new ReceivedEvents();

        received.AddRawBody("{\"a\":1}");
        received.AddRawBody("{\"b\":2}");

        Assert.Equal(["{\"a\":1}", "{\"b\":2}"], received.RawBodies);
        Assert.Empty(received.Deliveries);
    }

    private static CashInOutLog Cash(decimal amount) =>
        new() { TenantId = "T0001", StoreCode = "S01", TerminalNo = 1, EventId = Guid.NewGuid(), Amount = amount };
}
