using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Kugelpos.Sidecar.Resources;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Kugelpos.Sidecar.PubSub;

/// <summary>
/// pubsub.redis on Redis Streams, laid out as daprd's component does: the stream is the topic,
/// each entry has fields <c>data</c> (the CloudEvent) and <c>metadata</c>; every consumer ID is a
/// consumer group created from the stream's start; entries are acknowledged only after a
/// successful delivery, and entries left pending longer than <c>processingTimeout</c> are
/// claimed again every <c>redeliverInterval</c>.
/// </summary>
public sealed class RedisStreamBroker : IPubSubBroker
{
    // StackExchange.Redis multiplexes one connection and cannot issue a blocking XREADGROUP,
    // so an idle consumer polls: soon after traffic, slower the longer the stream stays quiet.
    // A publish through any of our sidecars also sends a wake-up over Redis pub/sub, so the
    // slow pace only delays entries appended by someone else (e.g. a real daprd).
    private static readonly TimeSpan BusyPoll = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan QuietPoll = TimeSpan.FromSeconds(1);

    private readonly IDatabase _db;
    private readonly ISubscriber _notifications;
    private readonly string _notifyPrefix;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TimeSpan _processingTimeout;
    private readonly TimeSpan _redeliverInterval;
    private readonly int? _maxLenApprox;

    /// <summary>A broker over <paramref name="connection"/> configured by <paramref name="spec"/>'s metadata.</summary>
    public RedisStreamBroker(ComponentSpec spec, IConnectionMultiplexer connection, TimeProvider time, ILogger<RedisStreamBroker> logger)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(connection);
        _db = connection.GetDatabase(spec.GetInt("redisDB", 0));
        _notifications = connection.GetSubscriber();
        _notifyPrefix = $"kugelpos:stream-appended:{_db.Database}:";
        _time = time;
        _logger = logger;
        _processingTimeout = spec.GetDuration("processingTimeout", TimeSpan.FromSeconds(60));
        _redeliverInterval = spec.GetDuration("redeliverInterval", TimeSpan.FromSeconds(60));
        _maxLenApprox = spec.GetInt("maxLenApprox", 0) is var max and > 0 ? max : null;
    }

    /// <inheritdoc />
    public async Task PublishAsync(string topic, ReadOnlyMemory<byte> message, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        NameValueEntry[] fields =
        [
            new("data", message),
            new("metadata", JsonSerializer.Serialize(metadata)),
        ];
        await _db.StreamAddAsync(topic, fields, maxLength: _maxLenApprox, useApproximateMaxLength: _maxLenApprox is not null);
        await _notifications.PublishAsync(NotifyChannel(topic), string.Empty, CommandFlags.FireAndForget);
    }

    /// <inheritdoc />
    public async Task ConsumeAsync(string topic, string group, string consumer, Func<ReadOnlyMemory<byte>, CancellationToken, Task<bool>> handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handler);
        await EnsureGroupAsync(topic, group, cancellationToken);

        // Capacity one: this consumer takes a new entry only when it is about to handle it,
        // so the other consumers of its group get their share.
        var queue = Channel.CreateBounded<StreamEntry>(1);
        var queued = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var wake = new StreamWake();
        var channel = await _notifications.SubscribeAsync(NotifyChannel(topic));
        channel.OnMessage(_ => wake.Signal());
        var reader = ReadNewAsync(topic, group, consumer, queue.Writer, queued, wake, cancellationToken);
        var reclaimer = ReclaimAsync(topic, group, consumer, queue.Writer, queued, cancellationToken);
        try
        {
            await foreach (var entry in queue.Reader.ReadAllAsync(cancellationToken))
            {
                await HandleAsync(topic, group, entry, handler, cancellationToken);
                queued.TryRemove(entry.Id.ToString(), out _);
            }
        }
        finally
        {
            await channel.UnsubscribeAsync();
            await Task.WhenAll(Quietly(reader), Quietly(reclaimer));
            await ForgetConsumerAsync(topic, group, consumer);
        }
    }

    private RedisChannel NotifyChannel(string topic) => RedisChannel.Literal(_notifyPrefix + topic);

    // Each sidecar instance is a consumer of its own name; on a clean stop with nothing left
    // pending it leaves the group, so restarts do not pile up dead consumers. Anything still
    // pending stays, for another instance to claim after processingTimeout.
    private async Task ForgetConsumerAsync(string topic, string group, string consumer)
    {
        try
        {
            var consumers = await _db.StreamConsumerInfoAsync(topic, group);
            if (consumers.Any(c => c.Name == consumer && c.PendingMessageCount == 0))
            {
                await _db.StreamDeleteConsumerAsync(topic, group, consumer);
            }
        }
        catch (RedisException e)
        {
            _logger.LogDebug(e, "Could not remove consumer {Consumer} from {Group} on {Topic}", consumer, group, topic);
        }
    }

    private async Task HandleAsync(string topic, string group, StreamEntry entry, Func<ReadOnlyMemory<byte>, CancellationToken, Task<bool>> handler, CancellationToken cancellationToken)
    {
        var data = entry["data"];
        if (data.IsNull)
        {
            _logger.LogWarning("Stream {Topic} entry {Id} has no data field; acknowledging it unread", topic, entry.Id);
            await _db.StreamAcknowledgeAsync(topic, group, entry.Id);
            return;
        }

        if (await handler((byte[])data!, cancellationToken))
        {
            await _db.StreamAcknowledgeAsync(topic, group, entry.Id);
        }
    }

    private async Task EnsureGroupAsync(string topic, string group, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                // From "0" as daprd does: a new group also receives what was published before it existed.
                await _db.StreamCreateConsumerGroupAsync(topic, group, StreamPosition.Beginning, createStream: true);
                return;
            }
            catch (RedisServerException e) when (e.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
            {
                return;
            }
            catch (RedisException e)
            {
                _logger.LogWarning(e, "Cannot create consumer group {Group} on stream {Topic}; trying again", group, topic);
                await Task.Delay(_redeliverInterval, _time, cancellationToken);
            }
        }
    }

    private async Task ReadNewAsync(string topic, string group, string consumer, ChannelWriter<StreamEntry> queue, ConcurrentDictionary<string, bool> queued, StreamWake wake, CancellationToken cancellationToken)
    {
        var idle = BusyPoll;
        while (!cancellationToken.IsCancellationRequested)
        {
            var signal = wake.Next;
            StreamEntry[] entries;
            try
            {
                entries = await _db.StreamReadGroupAsync(topic, group, consumer, StreamPosition.NewMessages, count: 1);
            }
            catch (RedisException e)
            {
                _logger.LogWarning(e, "Reading stream {Topic} for group {Group} failed; trying again", topic, group);
                entries = [];
            }

            if (entries.Length == 0)
            {
                await StreamWake.WaitAsync(signal, idle, _time, cancellationToken);
                idle = TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, QuietPoll.Ticks));
                continue;
            }

            idle = BusyPoll;
            foreach (var entry in entries)
            {
                queued[entry.Id.ToString()] = true;
                await queue.WriteAsync(entry, cancellationToken);
            }
        }
    }

    private async Task ReclaimAsync(string topic, string group, string consumer, ChannelWriter<StreamEntry> queue, ConcurrentDictionary<string, bool> queued, CancellationToken cancellationToken)
    {
        var idleMs = (long)_processingTimeout.TotalMilliseconds;
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(_redeliverInterval, _time, cancellationToken);
            try
            {
                RedisValue start = "0-0";
                do
                {
                    var claimed = await _db.StreamAutoClaimAsync(topic, group, consumer, idleMs, start, count: 10);
                    foreach (var entry in claimed.ClaimedEntries.Where(e => !e.IsNull))
                    {
                        // An entry this consumer already holds is still being handled here, not abandoned.
                        if (queued.TryAdd(entry.Id.ToString(), true))
                        {
                            _logger.LogInformation("Redelivering entry {Id} of stream {Topic}: pending longer than {Timeout}", entry.Id, topic, _processingTimeout);
                            await queue.WriteAsync(entry, cancellationToken);
                        }
                    }

                    start = claimed.NextStartId;
                }
                while (start != "0-0" && !cancellationToken.IsCancellationRequested);
            }
            catch (RedisException e)
            {
                _logger.LogWarning(e, "Reclaiming pending entries of stream {Topic} failed; trying again", topic);
            }
        }
    }

    private static async Task Quietly(Task task)
    {
        try
        {
            await task;
        }
        catch (OperationCanceledException)
        {
            // Stopping is how these loops end.
        }
    }
}
