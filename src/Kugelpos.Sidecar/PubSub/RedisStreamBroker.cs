using System.Text.Json;
using Kugelpos.Sidecar.Resources;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Kugelpos.Sidecar.PubSub;

/// <summary>
/// pubsub.redis on Redis Streams, laid out as daprd's component does: the stream is the topic,
/// each entry has fields <c>data</c> (the CloudEvent) and <c>metadata</c>; every consumer ID is a
/// consumer group created from the stream's start; entries are acknowledged only after a
/// successful delivery, and entries left pending longer than <c>processingTimeout</c> are
/// claimed again when a subscription starts and then every <c>redeliverInterval</c>.
/// </summary>
/// <remarks>
/// As in daprd, <c>concurrency</c> (default 10) workers deliver, and at most <c>queueDepth</c>
/// (default 100) entries wait read but not yet delivered; both belong to the component, so every
/// subscription through it shares them. Each subscription hands its entries to the workers in the
/// order it read them, so <c>concurrency: 1</c> delivers strictly one at a time, in stream order.
/// </remarks>
public sealed class RedisStreamBroker : IPubSubBroker, IDisposable
{
    /// <summary>daprd's default number of deliveries in flight at once.</summary>
    public const int DefaultConcurrency = 10;

    /// <summary>daprd's default number of entries read ahead and waiting for a worker.</summary>
    public const int DefaultQueueDepth = 100;

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

    // Creating the group is retried even when redelivery is off, just never in a tight loop.
    private static readonly TimeSpan GroupRetryFloor = TimeSpan.FromSeconds(1);
    private readonly int? _maxLenApprox;
    private readonly int _queueDepth;

    // Deliveries in flight (concurrency) and entries read but not yet handed to a worker
    // (queueDepth), shared by every subscription of the component as daprd's workers and queue are.
    private readonly SemaphoreSlim _workers;
    private readonly SemaphoreSlim _buffer;

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
        var concurrency = spec.GetCount("concurrency", DefaultConcurrency);
        _queueDepth = spec.GetCount("queueDepth", DefaultQueueDepth);
        _workers = new SemaphoreSlim(concurrency, concurrency);
        _buffer = new SemaphoreSlim(_queueDepth, _queueDepth);
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

        var subscription = new StreamSubscription(topic, group, consumer, handler);
        var wake = new StreamWake();
        var channel = await _notifications.SubscribeAsync(NotifyChannel(topic));
        channel.OnMessage(_ => wake.Signal());
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = StopAllOnFault(ReadNewAsync(subscription, wake, stopping.Token), stopping);
        var reclaimer = StopAllOnFault(ReclaimAsync(subscription, stopping.Token), stopping);
        try
        {
            await DispatchAsync(subscription, stopping.Token);
        }
        finally
        {
            await channel.UnsubscribeAsync();
            try
            {
                await Task.WhenAll(Quietly(reader), Quietly(reclaimer));
            }
            finally
            {
                // Entries read but never delivered stay pending, for another consumer to claim.
                while (subscription.Buffered.Reader.TryRead(out _))
                {
                    _buffer.Release();
                }

                await ForgetConsumerAsync(topic, group, consumer);
            }
        }
    }

    /// <summary>Releases the worker and queue counters.</summary>
    public void Dispose()
    {
        _workers.Dispose();
        _buffer.Dispose();
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

    // Hands the subscription's entries to workers in the order they were read; when stopping,
    // waits for the deliveries in flight (cancelled, so what they had not finished stays pending).
    private async Task DispatchAsync(StreamSubscription subscription, CancellationToken cancellationToken)
    {
        var deliveries = new List<Task>();
        try
        {
            while (await subscription.Buffered.Reader.WaitToReadAsync(cancellationToken))
            {
                await _workers.WaitAsync(cancellationToken);
                if (!subscription.Buffered.Reader.TryRead(out var entry))
                {
                    _workers.Release();
                    continue;
                }

                _buffer.Release();
                deliveries.RemoveAll(d => d.IsCompleted);
                deliveries.Add(Task.Run(() => DeliverAsync(subscription, entry, cancellationToken), CancellationToken.None));
            }
        }
        finally
        {
            await Task.WhenAll(deliveries);
        }
    }

    // One worker's delivery: acknowledged only when the handler is done with it; anything else
    // leaves it pending, to be claimed again after processingTimeout.
    private async Task DeliverAsync(StreamSubscription subscription, StreamEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            var data = entry["data"];
            if (data.IsNull)
            {
                _logger.LogWarning("Stream {Topic} entry {Id} has no data field; acknowledging it unread", subscription.Topic, entry.Id);
                await _db.StreamAcknowledgeAsync(subscription.Topic, subscription.Group, entry.Id);
            }
            else if (await subscription.Handler((byte[])data!, cancellationToken))
            {
                await _db.StreamAcknowledgeAsync(subscription.Topic, subscription.Group, entry.Id);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the entry stays pending for redelivery.
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogError(e, "Delivering entry {Id} of stream {Topic} failed; it stays pending for redelivery", entry.Id, subscription.Topic);
        }
        finally
        {
            // Only now may this consumer's reclaimer take it again: it is acknowledged or abandoned.
            subscription.Held.TryRemove(entry.Id.ToString(), out _);
            _workers.Release();
        }
    }

    // Waits for room in the queue and takes as much as is free: how many entries may be read now.
    private async Task<int> TakeRoomAsync(CancellationToken cancellationToken)
    {
        await _buffer.WaitAsync(cancellationToken);
        var room = 1;
        while (room < _queueDepth && _buffer.Wait(0, CancellationToken.None))
        {
            room++;
        }

        return room;
    }

    // Gives back room taken but not filled.
    private void ReturnRoom(int count)
    {
        if (count > 0)
        {
            _buffer.Release(count);
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
                await Task.Delay(_redeliverInterval > TimeSpan.Zero ? _redeliverInterval : GroupRetryFloor, _time, cancellationToken);
            }
        }
    }

    private async Task ReadNewAsync(StreamSubscription subscription, StreamWake wake, CancellationToken cancellationToken)
    {
        var idle = BusyPoll;
        while (!cancellationToken.IsCancellationRequested)
        {
            var room = await TakeRoomAsync(cancellationToken);
            var signal = wake.Next;
            var read = 0;
            try
            {
                var entries = await _db.StreamReadGroupAsync(subscription.Topic, subscription.Group, subscription.Consumer, StreamPosition.NewMessages, count: room);
                foreach (var entry in entries)
                {
                    subscription.Held[entry.Id.ToString()] = true;
                    subscription.Buffered.Writer.TryWrite(entry);
                    read++;
                }
            }
            catch (RedisException e)
            {
                _logger.LogWarning(e, "Reading stream {Topic} for group {Group} failed; trying again", subscription.Topic, subscription.Group);
            }
            finally
            {
                ReturnRoom(room - read);
            }

            if (read == 0)
            {
                await StreamWake.WaitAsync(signal, idle, _time, cancellationToken);
                idle = TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, QuietPoll.Ticks));
                continue;
            }

            idle = BusyPoll;
        }
    }

    // As daprd's reclaimPendingMessagesLoop: one pass as the subscription starts, so what a consumer
    // that died left pending is redelivered at once, then one pass every redeliverInterval.
    private async Task ReclaimAsync(StreamSubscription subscription, CancellationToken cancellationToken)
    {
        // daprd reads a zero processingTimeout or redeliverInterval as "never redeliver"; looping on
        // it would spin, or take entries other consumers are still working on.
        if (_processingTimeout <= TimeSpan.Zero || _redeliverInterval <= TimeSpan.Zero)
        {
            _logger.LogInformation("Redelivery of pending entries is off for stream {Topic}: processingTimeout or redeliverInterval is 0", subscription.Topic);
            return;
        }

        for (var first = true; !cancellationToken.IsCancellationRequested; first = false)
        {
            if (!first)
            {
                await Task.Delay(_redeliverInterval, _time, cancellationToken);
            }

            try
            {
                RedisValue start = "0-0";
                do
                {
                    start = await ReclaimSomeAsync(subscription, start, cancellationToken);
                }
                while (start != "0-0" && !cancellationToken.IsCancellationRequested);
            }
            catch (RedisException e)
            {
                _logger.LogWarning(e, "Reclaiming pending entries of stream {Topic} failed; trying again", subscription.Topic);
            }
        }
    }

    // Claims as many idle entries from start as the queue has room for; returns where to go on.
    private async Task<RedisValue> ReclaimSomeAsync(StreamSubscription subscription, RedisValue start, CancellationToken cancellationToken)
    {
        var room = await TakeRoomAsync(cancellationToken);
        var buffered = 0;
        try
        {
            var claimed = await _db.StreamAutoClaimAsync(subscription.Topic, subscription.Group, subscription.Consumer, (long)_processingTimeout.TotalMilliseconds, start, count: room);
            foreach (var entry in claimed.ClaimedEntries.Where(e => !e.IsNull))
            {
                // An entry this consumer already holds is still being handled here, not abandoned;
                // one it let go of since the claim was acknowledged or abandoned meanwhile, and only
                // the abandoned one is still pending.
                var id = entry.Id.ToString();
                if (!subscription.Held.TryAdd(id, true))
                {
                    continue;
                }

                var pending = await _db.StreamPendingMessagesAsync(subscription.Topic, subscription.Group, 1, subscription.Consumer, entry.Id, entry.Id);
                if (pending.Length == 0)
                {
                    subscription.Held.TryRemove(id, out _);
                    continue;
                }

                _logger.LogInformation("Redelivering entry {Id} of stream {Topic}: pending longer than {Timeout}", entry.Id, subscription.Topic, _processingTimeout);
                subscription.Buffered.Writer.TryWrite(entry);
                buffered++;
            }

            return claimed.NextStartId;
        }
        finally
        {
            ReturnRoom(room - buffered);
        }
    }

    // A reading or reclaiming loop that fails stops the whole subscription (the caller starts it
    // again) rather than leaving the deliveries waiting for entries that no longer come.
    private static async Task StopAllOnFault(Task loop, CancellationTokenSource stopping)
    {
        try
        {
            await loop;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await stopping.CancelAsync();
            throw;
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
