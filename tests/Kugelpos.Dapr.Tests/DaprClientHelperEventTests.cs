using Kugelpos.Contracts.Serialization;
using Moq;

namespace Kugelpos.Dapr.Tests;

public class DaprClientHelperEventTests : IDisposable
{
    private readonly HelperHarness _harness = new();

    [Fact]
    public async Task A_Kugelpos_event_is_published_as_EventJson_writes_it()
    {
        ReadOnlyMemory<byte> sent = default;
        string? contentType = null;
        _harness.Client
            .Setup(c => c.PublishByteEventAsync(HelperHarness.PubSub, HelperHarness.Topic, It.IsAny<ReadOnlyMemory<byte>>(), It.IsAny<string>(), It.IsAny<Dictionary<string, string>>(), It.IsAny<CancellationToken>()))
            .Callback((string _, string _, ReadOnlyMemory<byte> data, string type, Dictionary<string, string> _, CancellationToken _) => (sent, contentType) = (data.ToArray(), type))
            .Returns(Task.CompletedTask);
        var shipped = new OrderShipped(Guid.Parse("5b0e3f5c-6f1a-4d8e-9a51-0a3c2b1d4e5f"), "o-9");

        var result = await _harness.Helper.PublishKugelposEventAsync(HelperHarness.PubSub, HelperHarness.Topic, shipped);

        Assert.True(result.Success);
        Assert.Equal("application/json", contentType);
        Assert.Equal(EventJson.SerializeToUtf8Bytes(shipped), sent.ToArray());
        Assert.Equal("{\"event_id\":\"5b0e3f5c-6f1a-4d8e-9a51-0a3c2b1d4e5f\",\"order_id\":\"o-9\"}", System.Text.Encoding.UTF8.GetString(sent.Span));
    }

    [Fact]
    public async Task An_event_without_an_event_id_is_a_permanent_failure_that_never_reaches_the_sidecar()
    {
        var result = await _harness.Helper.PublishKugelposEventAsync(HelperHarness.PubSub, HelperHarness.Topic, new OrderShipped(Guid.Empty, "o-9"));

        Assert.Equal(DaprErrorKind.Permanent, result.ErrorKind);
        Assert.Contains("event_id", result.Message, StringComparison.Ordinal);
        Assert.Empty(_harness.Client.Invocations);
    }

    [Fact]
    public async Task A_Kugelpos_event_given_to_the_generic_publish_is_refused_without_a_call()
    {
        var result = await _harness.Helper.PublishEventAsync(HelperHarness.PubSub, HelperHarness.Topic, new OrderShipped(Guid.NewGuid(), "o-9"));

        Assert.Equal(DaprErrorKind.Permanent, result.ErrorKind);
        Assert.Contains(nameof(IDaprClientHelper.PublishKugelposEventAsync), result.Message, StringComparison.Ordinal);
        Assert.Empty(_harness.Client.Invocations);
    }

    [Fact]
    public async Task Stored_event_json_is_published_byte_for_byte()
    {
        ReadOnlyMemory<byte> sent = default;
        _harness.Client
            .Setup(c => c.PublishByteEventAsync(HelperHarness.PubSub, HelperHarness.Topic, It.IsAny<ReadOnlyMemory<byte>>(), "application/json", It.IsAny<Dictionary<string, string>>(), It.IsAny<CancellationToken>()))
            .Callback((string _, string _, ReadOnlyMemory<byte> data, string _, Dictionary<string, string> _, CancellationToken _) => sent = data.ToArray())
            .Returns(Task.CompletedTask);
        var shipped = new OrderShipped(Guid.Parse("5b0e3f5c-6f1a-4d8e-9a51-0a3c2b1d4e5f"), "o-9");
        using var stored = System.Text.Json.JsonDocument.Parse(EventJson.SerializeToUtf8Bytes(shipped));

        var result = await _harness.Helper.PublishKugelposEventJsonAsync(HelperHarness.PubSub, HelperHarness.Topic, stored.RootElement);

        Assert.True(result.Success);
        Assert.Equal(EventJson.SerializeToUtf8Bytes(shipped), sent.ToArray());
    }

    [Theory]
    [InlineData("{\"order_id\":\"o-9\"}")]
    [InlineData("{\"event_id\":\"\",\"order_id\":\"o-9\"}")]
    [InlineData("[1,2]")]
    public async Task Stored_event_json_without_an_event_id_is_a_permanent_failure_that_never_reaches_the_sidecar(string json)
    {
        using var stored = System.Text.Json.JsonDocument.Parse(json);

        var result = await _harness.Helper.PublishKugelposEventJsonAsync(HelperHarness.PubSub, HelperHarness.Topic, stored.RootElement);

        Assert.Equal(DaprErrorKind.Permanent, result.ErrorKind);
        Assert.Contains("event_id", result.Message, StringComparison.Ordinal);
        Assert.Empty(_harness.Client.Invocations);
    }

    public void Dispose() => _harness.Dispose();
}
