using Kugelpos.Benchmarks.Sale;
using Kugelpos.Contracts.PubSub;
using StackExchange.Redis;

namespace Kugelpos.Benchmarks.Events;

/// <summary>
/// The transaction-log topic as pubsub.redis keeps it: one Redis stream named after the topic, each
/// entry's <c>data</c> a CloudEvent, and each subscriber app a consumer group of its own (the
/// components' <c>consumerID: "{appID}"</c>). Needs Redis 7 for <c>entries-read</c>.
/// </summary>
/// <param name="database">The database of the pub/sub component.</param>
public sealed class RedisTranlog(IDatabase database)
{
    private static readonly RedisKey Key = EventChannels.TranlogTopic;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    /// <summary>How many entries were ever appended; none before the first publish.</summary>
    public async Task<long> EntriesAddedAsync()
    {
        try
        {
            var info = await database.StreamInfoAsync(Key);
            return info.EntriesAdded >= 0 ? info.EntriesAdded : info.Length;
        }
        catch (RedisServerException e) when (IsNoSuchKey(e))
        {
            return 0;
        }
    }

    /// <summary>The reading of each of <paramref name="groups"/>; <see cref="GroupReading.Absent"/> for one that does not exist.</summary>
    public async Task<IReadOnlyDictionary<string, GroupReading>> ReadGroupsAsync(IReadOnlyList<string> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        StreamGroupInfo[] found;
        try
        {
            found = await database.StreamGroupInfoAsync(Key);
        }
        catch (RedisServerException e) when (IsNoSuchKey(e))
        {
            found = [];
        }

        return groups.ToDictionary(g => g, g => found.FirstOrDefault(f => f.Name == g) is { Name: not null } info
            ? new GroupReading(true, info.EntriesRead ?? 0, info.PendingMessageCount)
            : GroupReading.Absent);
    }

    /// <summary>The CloudEvent of the newest entry, once there is one.</summary>
    /// <exception cref="UnexpectedAnswerException">None arrived within <paramref name="timeout"/>.</exception>
    public async Task<byte[]> NewestCloudEventAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var newest = await database.StreamRangeAsync(Key, count: 1, messageOrder: Order.Descending);
            if (newest.Length > 0 && !newest[0]["data"].IsNull)
            {
                return (byte[])newest[0]["data"]!;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new UnexpectedAnswerException($"no transaction log reached the stream {EventChannels.TranlogTopic} within {timeout.TotalSeconds:0} s of a billed sale");
            }

            await Task.Delay(Poll);
        }
    }

    private static bool IsNoSuchKey(RedisServerException e) => e.Message.Contains("no such key", StringComparison.OrdinalIgnoreCase);
}
