namespace Kugelpos.Benchmarks.Events;

/// <summary>
/// One publisher in a closed loop: of every ten logs it publishes, nine are fresh clones and the
/// tenth republishes the first of those nine with the same <c>event_id</c>, as a redelivery or an
/// outbox's republish does. Only publishes that went through count, so exactly one in ten of them
/// repeats an event this publisher had already published. Each publisher is used by one caller at a time.
/// </summary>
/// <param name="clones">Where fresh logs come from.</param>
/// <param name="publish">Publishes one log's wire JSON; throws when it did not go through.</param>
public sealed class TranlogPublisher(TranlogClones clones, Func<ReadOnlyMemory<byte>, Task> publish)
{
    /// <summary>One publish in this many is a duplicate.</summary>
    public const int DuplicateEvery = 10;

    private byte[]? _repeatable;

    /// <summary>Publishes that went through, duplicates included.</summary>
    public long Published { get; private set; }

    /// <summary>Publishes that went through and repeated an event already published.</summary>
    public long Duplicates { get; private set; }

    /// <summary>What the first failed publish said, if one failed.</summary>
    public string? FirstError { get; private set; }

    /// <summary>Publishes the next log: a fresh one, or every tenth time a duplicate.</summary>
    public async Task PublishNextAsync()
    {
        var position = Published % DuplicateEvery;
        var duplicate = position == DuplicateEvery - 1;
        var json = duplicate ? _repeatable! : clones.Next().Json;
        try
        {
            await publish(json);
        }
        catch (Exception e)
        {
            FirstError ??= e.Message;
            throw;
        }

        if (position == 0)
        {
            _repeatable = json;
        }

        Published++;
        if (duplicate)
        {
            Duplicates++;
        }
    }
}
