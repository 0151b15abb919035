using Dapr.Actors;
using Dapr.Actors.Runtime;
using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Testing.Actors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Kugelpos.Dapr;
using Kugelpos.Dapr.Outbox;
using Microsoft.Extensions.Options;

namespace Kugelpos.Terminal.Actors.Tests;

public class TerminalActorTests
{
    private const string TerminalId = "A1234-S01-1";
    private static readonly ActorId Id = new(TerminalId);
    private static readonly TransactionNumbersRequest Receipts = new() { ReceiptRange = new() { Start = 1, End = 9999 } };
    private const string KeyHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static readonly CreateTerminalRequest Creation = new()
    {
        TenantId = "A1234", StoreCode = "S01", TerminalNo = 1, Description = "Front till", ApiKeyHash = KeyHash, ProtectedApiKey = "protected-key",
    };

    private readonly FakeTimeProvider _time = new(TerminalStates.Start);
    private readonly InMemoryActorStateStore _store;
    private readonly RecordingListing _listing = new();
    private readonly Mock<ActorTimerManager> _reminders = new();

    public TerminalActorTests() => _store = new InMemoryActorStateStore(_time);

    [Fact]
    public async Task A_created_terminal_answers_idle_in_the_main_menu_under_its_own_id()
    {
        var reply = await (await CreatedAsync()).GetStatusAsync();

        Assert.Null(reply.Refusal);
        var terminal = reply.Terminal!;
        Assert.Equal(TerminalId, terminal.TerminalId);
        Assert.Equal(("A1234", "S01", 1, "Front till"), (terminal.TenantId, terminal.StoreCode, terminal.TerminalNo, terminal.Description));
        Assert.Equal(TerminalStatus.Idle, terminal.Status);
        Assert.Equal(TerminalFunctionMode.MainMenu, terminal.FunctionMode);
        Assert.Equal(TerminalStates.Start, terminal.EntryDateTime);
        Assert.Null(terminal.BusinessDate);
        Assert.Equal("protected-key", reply.ProtectedApiKey);
    }

    [Fact]
    public async Task Reading_a_terminal_saves_nothing()
    {
        var actor = await CreatedAsync();
        var saves = _store.SaveCount;

        await actor.GetStatusAsync();
        await actor.VerifyApiKeyAsync(new VerifyApiKeyRequest { ApiKeyHash = KeyHash });

        Assert.Equal(saves, _store.SaveCount);
    }

    public static TheoryData<string> Operations() =>
        ["get", "delete", "description", "function mode", "verify", "sign in", "sign out", "open", "close", "cash in", "cash out"];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Every_operation_on_a_terminal_never_created_is_refused_not_found_and_saves_nothing(string operation)
    {
        var actor = Reactivate();

        var reply = await Operate(actor, operation);

        Assert.Equal(TerminalRefusalCode.NotFound, reply.Refusal?.Code);
        Assert.Null(reply.Terminal);
        Assert.Equal(0, _store.SaveCount);
        Assert.Equal(0, _listing.Writes);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Every_operation_on_a_deleted_terminal_is_refused_not_found(string operation)
    {
        var actor = await CreatedAsync();
        await actor.DeleteAsync();

        var reply = await Operate(actor, operation);

        Assert.Equal(TerminalRefusalCode.NotFound, reply.Refusal?.Code);
        Assert.Null(reply.ProtectedApiKey);
    }

    [Fact]
    public async Task Transaction_numbers_for_a_terminal_never_created_are_refused_not_found()
    {
        var reply = await Reactivate().NextTransactionNumbersAsync(Receipts);

        Assert.Equal(TerminalRefusalCode.NotFound, reply.Refusal?.Code);
        Assert.Null(reply.Numbers);
    }

    [Fact]
    public async Task Creating_a_terminal_that_exists_is_refused_and_keeps_its_key()
    {
        var actor = await CreatedAsync();

        var reply = await actor.CreateAsync(Creation with { ApiKeyHash = "other-hash", ProtectedApiKey = "other" });

        Assert.Equal(TerminalRefusalCode.AlreadyExists, reply.Refusal?.Code);
        Assert.Null((await actor.VerifyApiKeyAsync(new VerifyApiKeyRequest { ApiKeyHash = KeyHash })).Refusal);
    }

    [Fact]
    public async Task A_terminal_is_created_with_an_api_key_or_not_at_all()
    {
        var reply = await Reactivate().CreateAsync(Creation with { ApiKeyHash = " " });

        Assert.Equal(TerminalRefusalCode.InvalidRequest, reply.Refusal?.Code);
        Assert.Equal("apiKey", reply.Refusal?.Field);
        Assert.Equal(0, _store.SaveCount);
    }

    [Fact]
    public async Task Only_the_terminals_own_key_verifies()
    {
        var actor = await CreatedAsync();

        var right = await actor.VerifyApiKeyAsync(new VerifyApiKeyRequest { ApiKeyHash = KeyHash });
        var wrong = await actor.VerifyApiKeyAsync(new VerifyApiKeyRequest { ApiKeyHash = "0" + KeyHash[1..] });

        Assert.Null(right.Refusal);
        Assert.Equal(TerminalId, right.Terminal?.TerminalId);
        Assert.Equal(TerminalRefusalCode.WrongApiKey, wrong.Refusal?.Code);
    }

    [Fact]
    public async Task A_deleted_terminal_leaves_the_listing_and_its_key_stops_working()
    {
        var actor = await CreatedAsync();
        await actor.SignInAsync(TerminalStates.Alice);
        await actor.OpenAsync(new OpenTerminalRequest());

        var deleted = await actor.DeleteAsync();

        Assert.Null(deleted.Refusal);
        Assert.Null(deleted.Terminal);
        Assert.Null(_listing.Listed(TerminalId));
        Assert.Equal(TerminalRefusalCode.NotFound, (await actor.VerifyApiKeyAsync(new VerifyApiKeyRequest { ApiKeyHash = KeyHash })).Refusal?.Code);
    }

    [Fact]
    public async Task A_terminal_created_again_after_deletion_starts_afresh_at_a_newer_version()
    {
        var actor = await CreatedAsync();
        await actor.SignInAsync(TerminalStates.Alice);
        await actor.DeleteAsync();

        var again = await actor.CreateAsync(Creation with { Description = "Second life" });

        Assert.Null(again.Refusal);
        Assert.Null(again.Terminal!.Staff);
        Assert.Equal(4, again.Terminal.Version);
        Assert.Equal("Second life", _listing.Listed(TerminalId)?.Description);
    }

    [Fact]
    public async Task The_description_changes_and_the_listing_shows_it()
    {
        var reply = await (await CreatedAsync()).UpdateDescriptionAsync(new UpdateDescriptionRequest { Description = "Back till" });

        Assert.Equal("Back till", reply.Terminal?.Description);
        Assert.Equal(TerminalStates.Start, reply.Terminal?.LastUpdateDateTime);
        Assert.Equal(reply.Terminal, _listing.Listed(TerminalId));
    }

    [Theory]
    [InlineData(TerminalFunctionMode.Sales)]
    [InlineData(TerminalFunctionMode.Returns)]
    [InlineData(TerminalFunctionMode.Void)]
    [InlineData(TerminalFunctionMode.CloseTerminal)]
    [InlineData(TerminalFunctionMode.CashInOut)]
    public async Task A_sessions_function_mode_is_refused_while_the_terminal_is_not_open(TerminalFunctionMode mode)
    {
        var actor = await CreatedAsync();

        var reply = await actor.UpdateFunctionModeAsync(new UpdateFunctionModeRequest { FunctionMode = mode });

        Assert.Equal(TerminalRefusalCode.NotOpened, reply.Refusal?.Code);
        Assert.Equal(TerminalStatus.Idle, reply.Refusal?.Status);
        Assert.Equal(TerminalFunctionMode.MainMenu, reply.Terminal?.FunctionMode);
    }

    [Fact]
    public async Task The_open_function_mode_is_refused_while_open_and_a_sessions_mode_is_taken()
    {
        var actor = await CreatedAsync();
        await actor.OpenAsync(new OpenTerminalRequest());

        var refused = await actor.UpdateFunctionModeAsync(new UpdateFunctionModeRequest { FunctionMode = TerminalFunctionMode.OpenTerminal });
        var sales = await actor.UpdateFunctionModeAsync(new UpdateFunctionModeRequest { FunctionMode = TerminalFunctionMode.Sales });

        Assert.Equal(TerminalRefusalCode.AlreadyOpened, refused.Refusal?.Code);
        Assert.Null(sales.Refusal);
        Assert.Equal(TerminalFunctionMode.Sales, _listing.Listed(TerminalId)?.FunctionMode);
    }

    [Fact]
    public async Task An_unknown_function_mode_is_refused_naming_the_field()
    {
        var reply = await (await CreatedAsync()).UpdateFunctionModeAsync(new UpdateFunctionModeRequest { FunctionMode = (TerminalFunctionMode)99 });

        Assert.Equal(TerminalRefusalCode.InvalidRequest, reply.Refusal?.Code);
        Assert.Equal("functionMode", reply.Refusal?.Field);
    }

    [Fact]
    public async Task Every_change_is_listed_at_a_newer_version_with_the_encrypted_key()
    {
        var actor = await CreatedAsync();
        await actor.SignInAsync(TerminalStates.Alice);
        var opened = await actor.OpenAsync(new OpenTerminalRequest { InitialAmount = 100m });

        Assert.Equal(opened.Terminal, _listing.Listed(TerminalId));
        Assert.Equal(3, opened.Terminal!.Version);
        Assert.Equal("protected-key", _listing.Keys[TerminalId]);
        Assert.True(_store.TryRead<TerminalState>(TerminalActorType.Name, Id, TerminalActor.StateName, out var stored));
        Assert.False(stored!.ProjectionPending);
    }

    [Fact]
    public async Task A_failed_listing_write_keeps_the_change_marks_it_pending_and_sets_the_reminder()
    {
        var actor = await CreatedAsync();
        _listing.FailNext = 1;

        var opened = await actor.OpenAsync(new OpenTerminalRequest());

        Assert.Null(opened.Refusal);
        Assert.Equal(TerminalStatus.Opened, opened.Terminal?.Status);
        Assert.Equal(TerminalStatus.Idle, _listing.Listed(TerminalId)?.Status);
        Assert.True(_store.TryRead<TerminalState>(TerminalActorType.Name, Id, TerminalActor.StateName, out var stored));
        Assert.True(stored!.ProjectionPending);
        Assert.Equal(TerminalStatus.Opened, stored.Status);
        _reminders.Verify(m => m.RegisterReminderAsync(It.Is<ActorReminder>(r => r.Name == TerminalActor.ListingReminder)), Times.Once());
    }

    [Fact]
    public async Task A_crash_between_the_state_and_the_listing_is_healed_by_the_next_activation()
    {
        var actor = await CreatedAsync();
        await actor.SignInAsync(TerminalStates.Alice);
        _listing.FailNext = 1;
        await actor.OpenAsync(new OpenTerminalRequest());

        // The process dies here: the state says Opened, the listing still Idle. A new instance
        // over the same store acts next.
        var reactivated = Reactivate();
        var status = await reactivated.GetStatusAsync();

        Assert.Equal(status.Terminal, _listing.Listed(TerminalId));
        Assert.Equal(TerminalStatus.Opened, _listing.Listed(TerminalId)?.Status);
        Assert.True(_store.TryRead<TerminalState>(TerminalActorType.Name, Id, TerminalActor.StateName, out var stored));
        Assert.False(stored!.ProjectionPending);
    }

    [Fact]
    public async Task The_reminder_writes_a_pending_listing_and_then_goes()
    {
        var actor = await CreatedAsync();
        _listing.FailNext = 1;
        await actor.UpdateDescriptionAsync(new UpdateDescriptionRequest { Description = "Back till" });

        await Reactivate().ReceiveReminderAsync(TerminalActor.ListingReminder, [], TimeSpan.Zero, TimeSpan.Zero);

        Assert.Equal("Back till", _listing.Listed(TerminalId)?.Description);
        _reminders.Verify(m => m.UnregisterReminderAsync(It.Is<ActorReminderToken>(t => t.Name == TerminalActor.ListingReminder)), Times.Once());
    }

    [Fact]
    public async Task A_listing_still_down_keeps_the_reminder()
    {
        var actor = await CreatedAsync();
        _listing.FailNext = 2;
        await actor.UpdateDescriptionAsync(new UpdateDescriptionRequest { Description = "Back till" });

        await Reactivate().ReceiveReminderAsync(TerminalActor.ListingReminder, [], TimeSpan.Zero, TimeSpan.Zero);

        Assert.Equal("Front till", _listing.Listed(TerminalId)?.Description);
        _reminders.Verify(m => m.UnregisterReminderAsync(It.IsAny<ActorReminderToken>()), Times.Never());
    }

    [Fact]
    public async Task Transaction_numbers_are_not_listed_and_leave_the_version_alone()
    {
        var actor = await CreatedAsync();
        await actor.SignInAsync(TerminalStates.Alice);
        await actor.OpenAsync(new OpenTerminalRequest());
        var writes = _listing.Writes;

        await actor.NextTransactionNumbersAsync(Receipts);

        Assert.Equal(writes, _listing.Writes);
        Assert.Equal(3, (await actor.GetStatusAsync()).Terminal?.Version);
    }

    [Fact]
    public async Task Opening_is_in_the_store_by_the_time_the_reply_comes_back()
    {
        var reply = await (await CreatedAsync()).OpenAsync(new OpenTerminalRequest());

        Assert.Equal(TerminalStatus.Opened, reply.Terminal!.Status);
        Assert.Equal(new DateOnly(2026, 11, 30), reply.Terminal!.BusinessDate);
        Assert.True(_store.TryRead<TerminalState>(TerminalActorType.Name, Id, TerminalActor.StateName, out var stored));
        Assert.Equal(TerminalStatus.Opened, stored!.Status);
        Assert.Equal(new DateOnly(2026, 11, 30), stored.BusinessDate);
    }

    [Fact]
    public async Task A_second_instance_over_the_same_store_sees_what_the_first_saved()
    {
        var first = await CreatedAsync();
        await first.SignInAsync(TerminalStates.Alice);
        await first.OpenAsync(new OpenTerminalRequest { InitialAmount = 30000m });
        var last = await first.CashOutAsync(new CashInOutRequest { Amount = 500m });

        var second = Reactivate();

        Assert.Equal(last.Terminal, (await second.GetStatusAsync()).Terminal);
        Assert.Equal(TerminalRefusalCode.AlreadyOpened, (await second.OpenAsync(new OpenTerminalRequest())).Refusal?.Code);
    }

    [Fact]
    public async Task A_refused_operation_saves_nothing_and_answers_the_terminal_unchanged()
    {
        var actor = await CreatedAsync();
        var opened = await actor.OpenAsync(new OpenTerminalRequest());
        var saves = _store.SaveCount;

        var refused = await actor.OpenAsync(new OpenTerminalRequest());

        Assert.Equal(saves, _store.SaveCount);
        Assert.Equal(opened.Terminal, refused.Terminal);
        Assert.Equal(new TerminalRefusal { Code = TerminalRefusalCode.AlreadyOpened, Status = TerminalStatus.Opened, Message = "The terminal is already opened." }, refused.Refusal);
    }

    [Fact]
    public async Task Sign_out_with_nobody_signed_in_is_refused_and_saves_nothing()
    {
        var actor = await CreatedAsync();
        var saves = _store.SaveCount;
        var listed = _listing.Writes;

        var reply = await actor.SignOutAsync();

        Assert.Equal(TerminalRefusalCode.NotSignedIn, reply.Refusal?.Code);
        Assert.Equal(TerminalStatus.Idle, reply.Refusal?.Status);
        Assert.Equal(saves, _store.SaveCount);
        Assert.Equal(listed, _listing.Writes);
    }

    [Fact]
    public async Task Cash_in_on_a_closed_terminal_comes_back_as_a_refusal_naming_the_status()
    {
        var actor = await CreatedAsync();
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
        var actor = await CreatedAsync();
        await actor.SignInAsync(TerminalStates.Alice);
        await actor.OpenAsync(new OpenTerminalRequest());

        var reply = await actor.CashOutAsync(new CashInOutRequest { Amount = 500m, Description = "Bank deposit" });

        Assert.Equal(new CashMovement { Amount = -500m, Description = "Bank deposit", RecordedAt = TerminalStates.Start }, reply.CashMovement);
        Assert.Equal(1, reply.Terminal!.CashInOutCount);
    }

    [Fact]
    public async Task Transaction_numbers_continue_on_a_reactivated_actor()
    {
        var first = await CreatedAsync();
        await first.SignInAsync(TerminalStates.Alice);
        await first.OpenAsync(new OpenTerminalRequest());
        await first.NextTransactionNumbersAsync(Receipts);
        await first.NextTransactionNumbersAsync(Receipts);

        var reply = await Reactivate().NextTransactionNumbersAsync(Receipts);

        Assert.Null(reply.Refusal);
        Assert.Equal(3, reply.Numbers?.TransactionNo);
        Assert.Equal(3, reply.Numbers?.ReceiptNo);
    }

    [Fact]
    public async Task Transaction_numbers_refused_on_an_idle_terminal_use_no_number()
    {
        var actor = await CreatedAsync();

        var refused = await actor.NextTransactionNumbersAsync(Receipts);

        Assert.Null(refused.Numbers);
        Assert.Equal(TerminalRefusalCode.NotOpened, refused.Refusal?.Code);
        Assert.Equal(0, (await actor.GetStatusAsync()).Terminal!.TransactionCounter);
    }

    [Fact]
    public void The_actor_runtime_builds_the_actor_from_the_container_with_its_own_state_manager()
    {
        // As Dapr.Actors.AspNetCore's DependencyInjectionActorActivator does: ActorHost given,
        // everything else from the service's container, which has a TimeProvider and the listing.
        using var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(_time)
            .AddSingleton<ITerminalListing>(_listing)
            .AddSingleton(Outboxes())
            .BuildServiceProvider();
        var create = ActivatorUtilities.CreateFactory(typeof(TerminalActor), [typeof(ActorHost)]);
        var host = ActorHost.CreateForTest<TerminalActor>(new ActorTestOptions { ActorId = Id });

        var actor = Assert.IsType<TerminalActor>(create(services, [host]));

        Assert.IsNotType<InMemoryActorStateManager>(actor.StateManager);
    }

    private static async Task<TerminalReply> Operate(TerminalActor actor, string operation) => operation switch
    {
        "get" => await actor.GetStatusAsync(),
        "delete" => await actor.DeleteAsync(),
        "description" => await actor.UpdateDescriptionAsync(new UpdateDescriptionRequest { Description = "x" }),
        "function mode" => await actor.UpdateFunctionModeAsync(new UpdateFunctionModeRequest { FunctionMode = TerminalFunctionMode.Reports }),
        "verify" => await actor.VerifyApiKeyAsync(new VerifyApiKeyRequest { ApiKeyHash = KeyHash }),
        "sign in" => await actor.SignInAsync(TerminalStates.Alice),
        "sign out" => await actor.SignOutAsync(),
        "open" => await actor.OpenAsync(new OpenTerminalRequest()),
        "close" => await actor.CloseAsync(new CloseTerminalRequest()),
        "cash in" => await actor.CashInAsync(new CashInOutRequest { Amount = 1m }),
        "cash out" => await actor.CashOutAsync(new CashInOutRequest { Amount = 1m }),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    private ActorOutboxFactory Outboxes() =>
        new(new Mock<IDaprClientHelper>(MockBehavior.Strict).Object, Options.Create(new OutboxOptions()), _time);

    // A new instance over the same store, as a (re)activation gets.
    private TerminalActor Reactivate()
    {
        var host = ActorHost.CreateForTest<TerminalActor>(new ActorTestOptions { ActorId = Id, TimerManager = _reminders.Object });
        return new TerminalActor(host, _time, _listing, Outboxes(), _store.ManagerFor(host));
    }

    // A new instance that has just created the terminal.
    private async Task<TerminalActor> CreatedAsync()
    {
        var actor = Reactivate();
        Assert.Null((await actor.CreateAsync(Creation)).Refusal);
        return actor;
    }
}
