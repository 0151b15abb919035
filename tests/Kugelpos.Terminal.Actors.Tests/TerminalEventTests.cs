using Dapr.Actors;
using Dapr.Actors.Runtime;
using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Dapr;
using Kugelpos.Dapr.Outbox;
using Kugelpos.Testing.Actors;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Kugelpos.Terminal.Actors.Tests;

public class TerminalEventTests
{
    private static readonly ActorId Id = new("A1234-S01-1");
    private readonly FakeTimeProvider _time = new(TerminalStates.Start);
    private readonly InMemoryActorStateStore _store;
    private readonly RecordingListing _listing = new();
    private readonly Mock<ActorTimerManager> _reminders = new();

    public TerminalEventTests() => _store = new InMemoryActorStateStore(_time);

    [Fact]
    public async Task Open_with_a_float_saves_the_open_log_and_the_cash_log_with_the_change()
    {
        var actor = await SignedInAsync();

        await actor.OpenAsync(new OpenTerminalRequest { InitialAmount = 30000m });

        var entries = Outbox();
        Assert.Equal([EventChannels.OpenCloseLogTopic, EventChannels.CashlogTopic], entries.Select(e => e.Topic));
        Assert.Equal("open", entries[0].Payload.GetProperty("operation").GetString());
        Assert.Equal(30000m, entries[1].Payload.GetProperty("amount").GetDecimal());
        Assert.Equal(2, entries.Select(e => e.EventId).Distinct().Count());
        Assert.All(entries, e => Assert.Equal(["journal", "report"], e.Services.Select(d => d.ServiceName).Order()));
        _reminders.Verify(m => m.RegisterReminderAsync(It.Is<ActorReminder>(r => r.Name == ActorOutbox.ReminderName)), Times.AtLeastOnce());
    }

    [Fact]
    public async Task Cash_out_and_close_each_save_their_log_and_no_key_material()
    {
        var actor = await SignedInAsync();
        await actor.OpenAsync(new OpenTerminalRequest());

        await actor.CashOutAsync(new CashInOutRequest { Amount = 500m, Description = "Bank" });
        await actor.CloseAsync(new CloseTerminalRequest { PhysicalAmount = 0m });

        var entries = Outbox();
        Assert.Equal([EventChannels.OpenCloseLogTopic, EventChannels.CashlogTopic, EventChannels.OpenCloseLogTopic], entries.Select(e => e.Topic));
        Assert.Equal(-500m, entries[1].Payload.GetProperty("amount").GetDecimal());
        Assert.Equal("close", entries[2].Payload.GetProperty("operation").GetString());
        Assert.Equal(1, entries[2].Payload.GetProperty("cash_in_out_count").GetInt32());
        var json = string.Join(' ', entries.Select(e => e.Payload.GetRawText()));
        Assert.DoesNotContain("protected-key", json, StringComparison.Ordinal);
        Assert.DoesNotContain("key-hash", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_log_carries_the_store_name_it_was_given_and_the_printed_slip_as_receipt_and_journal_text()
    {
        var actor = await SignedInAsync();

        var opened = await actor.OpenAsync(new OpenTerminalRequest { InitialAmount = 100m, StoreName = "Main Street" });
        var cashIn = await actor.CashInAsync(new CashInOutRequest { Amount = 50m, Description = "Change", StoreName = "Main Street" });
        var closed = await actor.CloseAsync(new CloseTerminalRequest { PhysicalAmount = 150m, StoreName = "Main Street" });

        var entries = Outbox();
        Assert.Equal(4, entries.Count);
        Assert.All(entries, e => Assert.Equal("Main Street", e.Payload.GetProperty("store_name").GetString()));
        Assert.All(entries, e => Assert.StartsWith("店舗名 Main Street ", Journal(e), StringComparison.Ordinal));
        Assert.All(entries, e => Assert.StartsWith("<?xml version=\"1.0\" ?>\n<PrintData>", e.Payload.GetProperty("receipt_text").GetString(), StringComparison.Ordinal));
        Assert.Contains("【 開 設  レ ポ ー ト 】", Journal(entries[0]), StringComparison.Ordinal);
        Assert.Contains("\nInitial amount" + new string(' ', 13) + "100円\n", Journal(entries[1]), StringComparison.Ordinal);
        Assert.Contains("\nChange" + new string(' ', 22) + "50円\n", Journal(entries[2]), StringComparison.Ordinal);
        Assert.Contains("【 精 算  レ ポ ー ト 】", Journal(entries[3]), StringComparison.Ordinal);

        // What the POS prints is what the log keeps: the open's slip (not its float's), the cash slip, the close slip.
        Assert.Equal([opened.ReceiptText, cashIn.ReceiptText, closed.ReceiptText], new[] { entries[0], entries[2], entries[3] }.Select(e => e.Payload.GetProperty("receipt_text").GetString()));
        Assert.Equal([opened.JournalText, cashIn.JournalText, closed.JournalText], new[] { entries[0], entries[2], entries[3] }.Select(Journal));
    }

    [Fact]
    public async Task Without_a_store_name_the_log_has_none_and_its_slip_names_the_store_code()
    {
        var actor = await SignedInAsync();

        await actor.OpenAsync(new OpenTerminalRequest());

        var entry = Assert.Single(Outbox());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, entry.Payload.GetProperty("store_name").ValueKind);
        Assert.StartsWith("S01" + new string(' ', 29) + "\n", Journal(entry), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_slip_shows_the_time_on_the_stores_clock()
    {
        _time.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("Kugelpos/Tokyo", TimeSpan.FromHours(9), "Tokyo", "Tokyo"));
        var actor = await SignedInAsync();

        var opened = await actor.OpenAsync(new OpenTerminalRequest { InitialAmount = 10m });

        Assert.Equal("2026年11月30日(月) 18:00", opened.JournalText!.Split('\n')[2].TrimEnd());
        Assert.All(Outbox(), e => Assert.Equal("2026年11月30日(月) 18:00", Journal(e).Split('\n')[2].TrimEnd()));
    }

    [Fact]
    public async Task A_refused_operation_answers_no_slip()
    {
        var actor = await SignedInAsync();

        var refused = await actor.CloseAsync(new CloseTerminalRequest());

        Assert.NotNull(refused.Refusal);
        Assert.Null(refused.ReceiptText);
        Assert.Null(refused.JournalText);
    }

    [Fact]
    public async Task A_refused_operation_enqueues_no_log()
    {
        var actor = await SignedInAsync();

        await actor.CloseAsync(new CloseTerminalRequest());
        await actor.CashInAsync(new CashInOutRequest { Amount = 1m });

        Assert.Empty(Outbox());
    }

    [Fact]
    public async Task A_log_both_subscribers_confirmed_leaves_the_outbox()
    {
        var actor = await SignedInAsync();
        await actor.OpenAsync(new OpenTerminalRequest());
        var eventId = Assert.Single(Outbox()).EventId;

        var first = await actor.UpdateDeliveryStatusAsync(new DeliveryStatusRequest { EventId = eventId, Service = "report", Status = "received" });
        var pending = Assert.Single(Outbox()).Services.Single(d => d.ServiceName == "journal").Status;
        var second = await actor.UpdateDeliveryStatusAsync(new DeliveryStatusRequest { EventId = eventId, Service = "journal", Status = "received" });
        var unknown = await actor.UpdateDeliveryStatusAsync(new DeliveryStatusRequest { EventId = Guid.NewGuid(), Service = "report", Status = "received" });

        Assert.True(first);
        Assert.Equal(SubscriberStatus.Pending, pending);
        Assert.True(second);
        Assert.False(unknown);
        Assert.DoesNotContain(Outbox(), e => e.EventId == eventId);
    }

    private static string Journal(OutboxEntry entry) => entry.Payload.GetProperty("journal_text").GetString()!;

    private List<OutboxEntry> Outbox() =>
        _store.TryRead<List<OutboxEntry>>(TerminalActorType.Name, Id, ActorOutbox.StateKey, out var entries) ? entries! : [];

    private async Task<TerminalActor> SignedInAsync()
    {
        var host = ActorHost.CreateForTest<TerminalActor>(new ActorTestOptions { ActorId = Id, TimerManager = _reminders.Object });
        var outboxes = new ActorOutboxFactory(new Mock<IDaprClientHelper>(MockBehavior.Strict).Object, Options.Create(new OutboxOptions()), _time);
        var actor = new TerminalActor(host, _time, _listing, outboxes, _store.ManagerFor(host));
        await actor.CreateAsync(new CreateTerminalRequest
        {
            TenantId = "A1234", StoreCode = "S01", TerminalNo = 1, Description = "Front till", ApiKeyHash = "key-hash", ProtectedApiKey = "protected-key",
        });
        await actor.SignInAsync(TerminalStates.Alice);
        return actor;
    }
}
