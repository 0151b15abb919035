using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Outbox;
using Kugelpos.Dapr.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Dapr.Tests.Subscriptions;

/// <summary>The answers a subscriber gives the sidecar, asked over real HTTP as the sidecar asks.</summary>
public sealed class SubscriptionAnswerTests
{
    private readonly HandlerScript _script = new();

    private static CashInOutLog Cashlog() => new() { EventId = Guid.NewGuid(), TenantId = "T1", StoreCode = "S1", TerminalNo = 2, Amount = 5m };

    private static async Task<(HttpStatusCode Status, string? Answer)> DeliverAsync(ServiceTestHost service, string data, string? token = SubscriberService.AppToken)
    {
        // What daprd posts: a CloudEvent whose data is the event in its wire JSON.
        var cloudEvent = $$"""{"id":"{{Guid.NewGuid()}}","specversion":"1.0","source":"terminal","type":"com.dapr.event.sent","datacontenttype":"application/json","topic":"t","pubsubname":"p","data":{{data}}}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cashlog")
        {
            Content = new StringContent(cloudEvent, Encoding.UTF8, new MediaTypeHeaderValue("application/cloudevents+json")),
        };
        if (token is not null)
        {
            request.Headers.Add("dapr-api-token", token);
        }

        using var response = await service.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        return (response.StatusCode, json.RootElement.TryGetProperty("status", out var status) ? status.GetString() : null);
    }

    [Fact]
    public async Task A_handled_event_is_a_success()
    {
        await using var service = await SubscriberService.StartAsync(SubscriberService.NewChannel(), _script);
        var evt = Cashlog();

        var answer = await DeliverAsync(service, EventJson.Serialize(evt));

        Assert.Equal((HttpStatusCode.OK, "SUCCESS"), answer);
        Assert.Equal(evt.EventId, await _script.NextAsync());
    }

    [Fact]
    public async Task A_transient_failure_is_a_retry_and_never_a_200()
    {
        await using var service = await SubscriberService.StartAsync(SubscriberService.NewChannel(), _script.Then(SubscriptionOutcome.Retry("store down")));

        var answer = await DeliverAsync(service, EventJson.Serialize(Cashlog()));

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "RETRY"), answer);
    }

    [Fact]
    public async Task A_handler_that_throws_is_a_retry()
    {
        await using var service = await SubscriberService.StartAsync(SubscriberService.NewChannel(), _script.ThenThrow());

        var answer = await DeliverAsync(service, EventJson.Serialize(Cashlog()));

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "RETRY"), answer);
    }

    [Theory]
    [InlineData("""{"tenant_id":"T1","store_code":"S1","terminal_no":2}""")]
    [InlineData("""{"event_id":"not-a-uuid","tenant_id":"T1","store_code":"S1","terminal_no":2}""")]
    [InlineData("\"just a string\"")]
    public async Task A_body_that_is_not_a_valid_event_is_dropped_without_reaching_the_handler(string data)
    {
        await using var service = await SubscriberService.StartAsync(SubscriberService.NewChannel(), _script);

        var answer = await DeliverAsync(service, data);

        Assert.Equal((HttpStatusCode.OK, "DROP"), answer);
        Assert.False(_script.Handled.Reader.TryRead(out _));
    }

    [Fact]
    public async Task The_originals_health_check_probe_is_a_success_that_never_reaches_the_handler()
    {
        await using var service = await SubscriberService.StartAsync(SubscriberService.NewChannel(), _script);

        var answer = await DeliverAsync(service, """{"test":"health-check","timestamp":1764540000.5}""");

        Assert.Equal((HttpStatusCode.OK, "SUCCESS"), answer);
        Assert.False(_script.Handled.Reader.TryRead(out _));
    }

    [Fact]
    public async Task The_event_is_read_in_the_original_snake_case_wire_format()
    {
        await using var service = await SubscriberService.StartAsync(SubscriberService.NewChannel(), _script);
        var eventId = Guid.NewGuid();

        // camelCase field names are not the wire format: eventId is missing, so the event is refused.
        var camel = await DeliverAsync(service, $$"""{"eventId":"{{eventId}}","tenantId":"T1","storeCode":"S1","terminalNo":2}""");
        var snake = await DeliverAsync(service, $$"""{"event_id":"{{eventId}}","tenant_id":"T1","store_code":"S1","terminal_no":2}""");

        Assert.Equal("DROP", camel.Answer);
        Assert.Equal("SUCCESS", snake.Answer);
        Assert.Equal(eventId, await _script.NextAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    public async Task A_delivery_without_the_app_token_is_refused(string? token)
    {
        await using var service = await SubscriberService.StartAsync(SubscriberService.NewChannel(), _script);

        var answer = await DeliverAsync(service, EventJson.Serialize(Cashlog()), token);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.False(_script.Handled.Reader.TryRead(out _));
    }

    [Fact]
    public async Task The_subscription_list_names_the_topic_route_and_dead_letter_topic_behind_the_app_token()
    {
        var channel = SubscriberService.NewChannel();
        await using var service = await SubscriberService.StartAsync(channel, _script);

        using var refused = await service.Client.GetAsync(new Uri("/dapr/subscribe", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dapr/subscribe");
        request.Headers.Add("dapr-api-token", SubscriberService.AppToken);
        using var response = await service.Client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var subscription = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(channel.PubSubName, subscription.GetProperty("pubsubName").GetString());
        Assert.Equal(channel.Topic, subscription.GetProperty("topic").GetString());
        Assert.Equal("api/v1/cashlog", subscription.GetProperty("route").GetString()!.TrimStart('/'));
        Assert.Equal(channel.Topic + "-deadletter", subscription.GetProperty("deadLetterTopic").GetString());
    }

    [Fact]
    public async Task A_handled_event_is_reported_received_to_its_publisher_and_a_dropped_one_failed()
    {
        var callback = new RecordingCallback();
        await using var service = await SubscriberService.StartAsync(
            SubscriberService.NewChannel(),
            _script.Then(SubscriptionOutcome.Success, SubscriptionOutcome.Drop("unknown store"), SubscriptionOutcome.Retry("busy")),
            services => services.AddSingleton<IDeliveryStatusCallback>(callback));
        var (received, dropped, retried) = (Cashlog(), Cashlog(), Cashlog());

        await DeliverAsync(service, EventJson.Serialize(received));
        await DeliverAsync(service, EventJson.Serialize(dropped));
        await DeliverAsync(service, EventJson.Serialize(retried));

        Assert.Equal(
            [
                (new DeliveryStatusTarget("terminal", "/api/v1/terminals/T1-S1-2/delivery-status", "T1"), new DeliveryStatusUpdate(received.EventId.ToString(), "report", "received")),
                (new DeliveryStatusTarget("terminal", "/api/v1/terminals/T1-S1-2/delivery-status", "T1"), new DeliveryStatusUpdate(dropped.EventId.ToString(), "report", "failed", "unknown store")),
            ],
            callback.Reports);
    }
}
