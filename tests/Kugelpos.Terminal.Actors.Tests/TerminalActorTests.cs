using Dapr.Actors;
using Dapr.Actors.Runtime;
using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Testing.Actors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.Terminal.Actors.Tests;

public class TerminalActorTests
{
    private const string TerminalId = "A1234-S01-1";
    private static readonly ActorId Id = new(TerminalId);
    private static readonly ReceiptNumberRange Receipts = new() { Start = 1, End = 9999 };
    private readonly FakeTimeProvider _time = new(TerminalStates.Start);
    private readonly InMemoryActorStateStore _store;

    public TerminalActorTests() => _store = new InMemoryActorStateStore(_time);

    [Fact]
    public async Task A_terminal_never_touched_answers_idle_under_its_own_id_and_saves_nothing()
    {
        var reply = await Activate().GetStatusAsync();

        Assert.Equal(TerminalId, reply.Terminal.TerminalId);
        Assert.Equal(TerminalStatus.Idle, reply.Terminal.Status);
        Assert.Null(reply.Terminal.BusinessDate);
        Assert.Null(reply.Refusal);
        Assert.Equal(0, _store.SaveCount);
    }

    [Fact]
    public async Task Opening_is_in_the_store_by_the_time_the_reply_comes_back()
    {
        var reply = await Activate().OpenAsync(new OpenTerminalRequest());

        Assert.Equal(TerminalStatus.Opened, reply.Terminal.Status);
        Assert.Equal(new DateOnly(2026, 11, 30), reply.Terminal.BusinessDate);
        Assert.True(_store.TryRead<TerminalState>(TerminalActorType.Name, Id, TerminalActor.StateName, out var stored));
        Assert.Equal(TerminalStatus.Opened, stored!.Status);
        Assert.Equal(new DateOnly(2026, 11, 30), stored.BusinessDate);
    }

    [Fact]
    public async Task A_second_instance_over_the_same_store_sees_what_the_first_saved()
    {
        var first = Activate();
        await first.SignInAsync(TerminalStates.Alice);
        await first.OpenAsync(new OpenTerminalRequest { InitialAmount = 30000m });
        var last = await first.CashOutAsync(new CashInOutRequest { Amount = 500m });

        var second = Activate();

        Assert.Equal(last.Terminal, (await second.GetStatusAsync()).Terminal);
        Assert.Equal(TerminalRefusalCode.AlreadyOpened, (await second.OpenAsync(new OpenTerminalRequest())).Refusal?.Code);
    }

    [Fact]
    public async Task A_refused_operation_saves_nothing_and_answers_the_terminal_unchanged()
    {
        var actor = Activate();
        var opened = await actor.OpenAsync(new OpenTerminalRequest());
        var saves = _store.SaveCount;

        var refused = await actor.OpenAsync(new OpenTerminalRequest());

        Assert.Equal(saves, _store.SaveCount);
        Assert.Equal(opened.Terminal, refused.Terminal);
        Assert.Equal(new TerminalRefusal { Code = TerminalRefusalCode.AlreadyOpened, Status = TerminalStatus.Opened, Message = "The terminal is already opened." }, refused.Refusal);
    }

    [Fact]
    public async Task Cash_in_on_a_closed_terminal_comes_back_as_a_refusal_naming_the_status()
    {
        var actor = Activate();
        await actor.SignInAsync(TerminalStates.Alice);
        await actor.OpenAsync(new OpenTerminalRequest());
        await actor.CloseAsync(new CloseTerminalRequest { PhysicalAmount = 0m });

        var reply = await actor.CashInAsync(new CashInOutRequest { Amount = 1000m });

        Assert.Equal(TerminalRefusalCode.NotOpened, reply.Refusal?.Code);
        Assert.Equal(TerminalStatus.Closed, reply.Refusal?.Status);
        Assert.Null(reply.CashMovement);
    }

    [Fact]
    public async Task Cash_out_answers_the_movement_it_recorded()
    {
        var actor = Activate();
        await actor.SignInAsync(TerminalStates.Alice);
        await actor.OpenAsync(new OpenTerminalRequest());

        var reply = await actor.CashOutAsync(new CashInOutRequest { Amount = 500m, Description = "Bank deposit" });

        Assert.Equal(new CashMovement { Amount = -500m, Description = "Bank deposit", RecordedAt = TerminalStates.Start }, reply.CashMovement);
        Assert.Equal(1, reply.Terminal.CashInOutCount);
    }

    [Fact]
    public async Task Transaction_numbers_continue_on_a_reactivated_actor()
    {
        var first = Activate();
        await first.SignInAsync(TerminalStates.Alice);
        await first.OpenAsync(new OpenTerminalRequest());
        await first.NextTransactionNumbersAsync(Receipts);
        await first.NextTransactionNumbersAsync(Receipts);

        var reply = await Activate().NextTransactionNumbersAsync(Receipts);

        Assert.Null(reply.Refusal);
        Assert.Equal(3, reply.Numbers?.TransactionNo);
        Assert.Equal(3, reply.Numbers?.ReceiptNo);
    }

    [Fact]
    public async Task Transaction_numbers_refused_on_an_idle_terminal_use_no_number()
    {
        var actor = Activate();

        var refused = await actor.NextTransactionNumbersAsync(Receipts);

        Assert.Null(refused.Numbers);
        Assert.Equal(TerminalRefusalCode.NotOpened, refused.Refusal?.Code);
        Assert.Equal(0, (await actor.GetStatusAsync()).Terminal.TransactionCounter);
    }

    [Fact]
    public void The_actor_runtime_builds_the_actor_from_the_container_with_its_own_state_manager()
    {
        // As Dapr.Actors.AspNetCore's DependencyInjectionActorActivator does: ActorHost given,
        // everything else from the service's container, which has only a TimeProvider.
        using var services = new ServiceCollection().AddSingleton<TimeProvider>(_time).BuildServiceProvider();
        var create = ActivatorUtilities.CreateFactory(typeof(TerminalActor), [typeof(ActorHost)]);
        var host = ActorHost.CreateForTest<TerminalActor>(new ActorTestOptions { ActorId = Id });

        var actor = Assert.IsType<TerminalActor>(create(services, [host]));

        Assert.IsNotType<InMemoryActorStateManager>(actor.StateManager);
    }

    private TerminalActor Activate()
    {
        var host = ActorHost.CreateForTest<TerminalActor>(new ActorTestOptions { ActorId = Id });
        return new TerminalActor(host, _time, _store.ManagerFor(host));
    }
}
