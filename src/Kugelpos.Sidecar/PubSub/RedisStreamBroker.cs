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
    // StackExchange.Redis multiplexes one connection and cannot issue blocking XREADGROUP,
    // so an idle consumer polls at this pace.
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(50);

    private readonly IDatabase _db;
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
        var reader = ReadNewAsync(topic, group, consumer, queue.Writer, queued, cancellationToken);
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
            await Task.WhenAll(Quietly(reader), Quietly(reclaimer));
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

    private async Task ReadNewAsync(string topic, string group, string consumer, ChannelWriter<StreamEntry> queue, ConcurrentDictionary<string, bool> queued, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
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
                await Task.Delay(IdlePoll, _time, cancellationToken);
                continue;
            }

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
