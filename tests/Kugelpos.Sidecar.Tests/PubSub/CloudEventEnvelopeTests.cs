using System.Text;
using System.Text.Json;
using Kugelpos.Sidecar.PubSub;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kugelpos.Sidecar.Tests.PubSub;

/// <summary>The envelope and the parsing of <c>/dapr/subscribe</c>, without a broker.</summary>
public sealed class CloudEventEnvelopeTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void A_published_cloud_event_passes_through_with_missing_fields_filled()
    {
        var body = Encoding.UTF8.GetBytes("""{"id":"mine","type":"order.created","data":{"n":1}}""");

        using var envelope = JsonDocument.Parse(CloudEventEnvelope.Wrap(body, "application/cloudevents+json", "cart", "orders", "tranlog", Now, null));

        Assert.Equal("mine", envelope.RootElement.GetProperty("id").GetString());
        Assert.Equal("order.created", envelope.RootElement.GetProperty("type").GetString());
        Assert.Equal("cart", envelope.RootElement.GetProperty("source").GetString());
        Assert.Equal("tranlog", envelope.RootElement.GetProperty("topic").GetString());
        Assert.Equal(1, envelope.RootElement.GetProperty("data").GetProperty("n").GetInt32());
    }

    [Fact]
    public void Binary_data_travels_as_base64()
    {
        byte[] body = [0xff, 0x00, 0xfe];

        using var envelope = JsonDocument.Parse(CloudEventEnvelope.Wrap(body, "application/octet-stream", "cart", "orders", "t", Now, null));

        Assert.Equal(body, envelope.RootElement.GetProperty("data_base64").GetBytesFromBase64());
        Assert.False(envelope.RootElement.TryGetProperty("data", out _));
    }

    [Fact]
    public void A_cloud_event_body_that_is_not_an_object_is_refused()
    {
        Assert.Throws<FormatException>(() => CloudEventEnvelope.Wrap("[1]"u8.ToArray(), "application/cloudevents+json", "cart", "orders", "t", Now, null));
    }

    [Fact]
    public void Subscribe_answer_with_routes_and_dead_letter_is_read()
    {
        var json = """
            [{"pubsubname":"orders","topic":"tranlog","routes":{"rules":[{"match":"event.type == \"big\"","path":"/big"}],"default":"/all"},"deadLetterTopic":"dead","metadata":{"rawPayload":"false"}},
             {"pubsubname":"orders"}]
            """u8;

        var subscriptions = AppSubscriptions.Parse(json, NullLogger.Instance);

        var subscription = Assert.Single(subscriptions);
        Assert.Equal("/all", subscription.DefaultRoute);
        Assert.Equal("/big", Assert.Single(subscription.Rules).Path);
        Assert.Equal("dead", subscription.DeadLetterTopic);
        Assert.Equal("false", subscription.Metadata["rawPayload"]);
    }

    [Fact]
    public void Subscribe_answer_that_is_not_an_array_is_refused()
    {
        Assert.Throws<FormatException>(() => AppSubscriptions.Parse("""{"topic":"x"}"""u8, NullLogger.Instance));
    }
}
