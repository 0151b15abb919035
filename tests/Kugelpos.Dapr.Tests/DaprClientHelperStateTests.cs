using System.Text.Json;
using Dapr.Client;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Moq;

namespace Kugelpos.Dapr.Tests;

public class DaprClientHelperStateTests : IDisposable
{
    private const string Key = "event_123";
    private readonly HelperHarness _harness = new();

    [Fact]
    public async Task Save_passes_the_ttl_as_ttlInSeconds_metadata_rounded_up_to_whole_seconds()
    {
        IReadOnlyDictionary<string, string>? sent = null;
        SetupSave((_, metadata) => sent = metadata);

        var result = await _harness.Helper.SaveStateAsync(HelperHarness.Store, Key, new OrderPlaced("o-1", 5), TimeSpan.FromSeconds(3600.2));

        Assert.True(result.Success);
        Assert.NotNull(sent);
        Assert.Equal(new Dictionary<string, string> { ["ttlInSeconds"] = "3601" }, sent);
    }

    [Fact]
    public async Task Save_without_ttl_sends_no_metadata_so_the_store_default_applies()
    {
        var called = false;
        IReadOnlyDictionary<string, string>? sent = new Dictionary<string, string>();
        SetupSave((_, metadata) =>
        {
            called = true;
            sent = metadata;
        });

        await _harness.Helper.SaveStateAsync(HelperHarness.Store, Key, new OrderPlaced("o-1", 5));

        Assert.True(called);
        Assert.Null(sent);
    }

    [Fact]
    public async Task Save_sends_the_value_to_the_named_store_and_key()
    {
        OrderPlaced? saved = null;
        SetupSave((value, _) => saved = value);

        await _harness.Helper.SaveStateAsync(HelperHarness.Store, Key, new OrderPlaced("o-9", 42));

        Assert.Equal(new OrderPlaced("o-9", 42), saved);
    }

    [Fact]
    public async Task Get_returns_the_stored_value_as_found()
    {
        SetupGet(JsonSerializer.SerializeToElement(new OrderPlaced("o-1", 7), JsonSerializerOptions.Web));

        var result = await _harness.Helper.GetStateAsync<OrderPlaced>(HelperHarness.Store, Key);

        Assert.True(result.Success);
        Assert.True(result.Found);
        Assert.Equal(new OrderPlaced("o-1", 7), result.Value);
    }

    [Fact]
    public async Task Get_tells_a_missing_key_apart_from_a_stored_default_value()
    {
        SetupGet(default);
        var missing = await _harness.Helper.GetStateAsync<int>(HelperHarness.Store, Key);

        SetupGet(JsonSerializer.SerializeToElement(0));
        var zero = await _harness.Helper.GetStateAsync<int>(HelperHarness.Store, Key);

        Assert.True(missing.Success);
        Assert.False(missing.Found);
        Assert.True(zero.Success);
        Assert.True(zero.Found);
        Assert.Equal(0, zero.Value);
    }

    [Fact]
    public async Task Get_of_a_value_that_does_not_fit_the_type_is_a_permanent_error()
    {
        SetupGet(JsonSerializer.SerializeToElement("not a number"));

        var result = await _harness.Helper.GetStateAsync<int>(HelperHarness.Store, Key);

        Assert.Equal(DaprErrorKind.Permanent, result.ErrorKind);
        Assert.False(result.Found);
    }

    [Fact]
    public async Task Delete_removes_the_key_from_the_named_store()
    {
        _harness.Client
            .Setup(c => c.DeleteStateAsync(HelperHarness.Store, Key, null, null, It.IsAny<CancellationToken>()))
            .Returns(Task.CompletedTask);

        var result = await _harness.Helper.DeleteStateAsync(HelperHarness.Store, Key);

        Assert.True(result.Success);
        _harness.Client.Verify(
            c => c.DeleteStateAsync(HelperHarness.Store, Key, null, null, It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Fact]
    public async Task Publish_sends_data_and_a_copy_of_the_metadata_to_the_topic()
    {
        Dictionary<string, string>? sent = null;
        _harness.Client
            .Setup(c => c.PublishEventAsync(
                HelperHarness.PubSub, HelperHarness.Topic, new OrderPlaced("o-1", 3), It.IsAny<Dictionary<string, string>>(), It.IsAny<CancellationToken>()))
            .Callback((string _, string _, OrderPlaced _, Dictionary<string, string> metadata, CancellationToken _) => sent = metadata)
            .Returns(Task.CompletedTask);
        var metadata = new Dictionary<string, string> { ["cloudevent.id"] = "evt-1" };

        var result = await _harness.Helper.PublishEventAsync(HelperHarness.PubSub, HelperHarness.Topic, new OrderPlaced("o-1", 3), metadata);

        Assert.True(result.Success);
        Assert.Equal(metadata, sent);
        Assert.NotSame(metadata, sent);
    }

    [Theory]
    [InlineData("", Key)]
    [InlineData("  ", Key)]
    [InlineData(HelperHarness.Store, "")]
    [InlineData(HelperHarness.Store, null)]
    public async Task Blank_store_or_key_is_refused_without_calling_Dapr(string? store, string? key)
    {
        var save = await _harness.Helper.SaveStateAsync(store!, key!, 1);
        var get = await _harness.Helper.GetStateAsync<int>(store!, key!);
        var delete = await _harness.Helper.DeleteStateAsync(store!, key!);

        Assert.All(new[] { save.ErrorKind, get.ErrorKind, delete.ErrorKind }, kind => Assert.Equal(DaprErrorKind.Permanent, kind));
        Assert.Contains("must not be empty", save.Message, StringComparison.Ordinal);
        Assert.Empty(_harness.Client.Invocations);
    }

    [Fact]
    public async Task Blank_topic_or_null_data_is_refused_without_calling_Dapr()
    {
        var noTopic = await _harness.Helper.PublishEventAsync(HelperHarness.PubSub, " ", new OrderPlaced("o-1", 1));
        var noData = await _harness.Helper.PublishEventAsync<OrderPlaced?>(HelperHarness.PubSub, HelperHarness.Topic, null);

        Assert.Equal(DaprErrorKind.Permanent, noTopic.ErrorKind);
        Assert.Contains("topic", noTopic.Message, StringComparison.Ordinal);
        Assert.Equal(DaprErrorKind.Permanent, noData.ErrorKind);
        Assert.Empty(_harness.Client.Invocations);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task A_non_positive_ttl_is_refused(int seconds)
    {
        var result = await _harness.Helper.SaveStateAsync(HelperHarness.Store, Key, 1, TimeSpan.FromSeconds(seconds));

        Assert.Equal(DaprErrorKind.Permanent, result.ErrorKind);
        Assert.Contains("ttl", result.Message, StringComparison.Ordinal);
        Assert.Empty(_harness.Client.Invocations);
    }

    [Fact]
    public async Task A_null_value_is_refused_with_a_pointer_to_delete()
    {
        var result = await _harness.Helper.SaveStateAsync<OrderPlaced?>(HelperHarness.Store, Key, null);

        Assert.Equal(DaprErrorKind.Permanent, result.ErrorKind);
        Assert.Contains("DeleteStateAsync", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_of_a_failed_save_name_store_and_key_but_never_the_value()
    {
        const string SecretPin = "pin-7391";
        _harness.Client
            .Setup(c => c.SaveStateAsync(HelperHarness.Store, Key, SecretPin, null, null, It.IsAny<CancellationToken>()))
            .Returns(Task.FromException(DaprFaults.Rpc(StatusCode.Unavailable, "redis down")));

        var result = await _harness.Helper.SaveStateAsync(HelperHarness.Store, Key, SecretPin);

        Assert.Equal(DaprErrorKind.Transient, result.ErrorKind);
        var records = _harness.Logger.Collector.GetSnapshot();
        var failure = Assert.Single(records, record => record.Level == LogLevel.Warning);
        Assert.Contains(HelperHarness.Store, failure.Message, StringComparison.Ordinal);
        Assert.Contains(Key, failure.Message, StringComparison.Ordinal);
        Assert.All(records, record =>
        {
            Assert.DoesNotContain(SecretPin, record.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(SecretPin, record.Exception?.ToString() ?? string.Empty, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(SecretPin, result.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _harness.Dispose();

    private void SetupSave(Action<OrderPlaced, IReadOnlyDictionary<string, string>?> capture) =>
        _harness.Client
            .Setup(c => c.SaveStateAsync(
                HelperHarness.Store, Key, It.IsAny<OrderPlaced>(), null, It.IsAny<IReadOnlyDictionary<string, string>>(), It.IsAny<CancellationToken>()))
            .Callback((string _, string _, OrderPlaced value, StateOptions _, IReadOnlyDictionary<string, string> metadata, CancellationToken _) =>
                capture(value, metadata))
            .Returns(Task.CompletedTask);

    private void SetupGet(JsonElement stored) =>
        _harness.Client
            .Setup(c => c.GetStateAsync<JsonElement>(HelperHarness.Store, Key, null, null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(stored);
}
