using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace Kugelpos.Dapr.Tests.Subscriptions;

public sealed class SubscriptionDispatchTests
{
    private readonly HandlerScript _script = new();

    private static CashInOutLog Cashlog() => new() { EventId = Guid.NewGuid(), TenantId = "T1", StoreCode = "S1", TerminalNo = 2, Amount = 5m };

    private ServiceProvider Services(IEventDeduplication? dedup = null)
    {
        var services = new ServiceCollection().AddSingleton(_script).AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        if (dedup is not null)
        {
            services.AddSingleton(dedup);
        }

        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Without_deduplication_the_event_goes_straight_to_its_handler()
    {
        var evt = Cashlog();
        _script.Then(SubscriptionOutcome.Drop("unknown store"));
        using var services = Services();

        var outcome = await SubscriptionDispatch.ApplyAsync<CashInOutLog, ScriptedCashlogHandler>(services, EventChannels.Cashlog, evt, null, CancellationToken.None);

        Assert.Equal(SubscriptionOutcome.Drop("unknown store"), outcome);
        Assert.Equal(evt.EventId, await _script.NextAsync());
    }

    [Fact]
    public async Task With_deduplication_the_event_goes_through_it_as_its_wire_json_and_the_handler_is_left_to_it()
    {
        var evt = Cashlog();
        var dedup = new Mock<IEventDeduplication>(MockBehavior.Strict);
        dedup.Setup(d => d.ApplyOnceAsync(EventChannels.Cashlog.Topic, evt, EventJson.Serialize(evt), It.IsAny<CancellationToken>()))
            .ReturnsAsync(SubscriptionOutcome.Duplicate);
        using var services = Services(dedup.Object);

        var outcome = await SubscriptionDispatch.ApplyAsync<CashInOutLog, ScriptedCashlogHandler>(services, EventChannels.Cashlog, evt, null, CancellationToken.None);

        Assert.True(outcome.IsDuplicate);
        Assert.False(_script.Handled.Reader.TryRead(out _));
    }

    [Fact]
    public async Task A_handler_that_throws_is_a_retry_naming_the_exception_type()
    {
        using var services = new ServiceCollection().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance).BuildServiceProvider();

        var outcome = await SubscriptionDispatch.ApplyAsync<CashInOutLog, ThrowingHandler>(services, EventChannels.Cashlog, Cashlog(), null, CancellationToken.None);

        Assert.Equal(SubscriptionOutcome.Retry("the handler failed: IOException"), outcome);
    }

    private sealed class ThrowingHandler : ISubscriptionHandler<CashInOutLog>
    {
        public Task<SubscriptionOutcome> HandleAsync(CashInOutLog evt, CancellationToken cancellationToken) => throw new IOException("the document store went away");
    }
}
