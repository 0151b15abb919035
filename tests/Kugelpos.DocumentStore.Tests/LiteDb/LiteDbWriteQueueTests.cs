using Kugelpos.DocumentStore.LiteDb;
using LiteDB;

namespace Kugelpos.DocumentStore.Tests.LiteDb;

public sealed class LiteDbWriteQueueTests : IDisposable
{
    private readonly MemoryStream _file = new();
    private readonly LiteDatabase _database;
    private readonly LiteDbWriteQueue _queue;

    public LiteDbWriteQueueTests()
    {
        _database = new LiteDatabase(_file);
        _queue = new LiteDbWriteQueue(_database);
    }

    private ILiteCollection<BsonDocument> Docs => _database.GetCollection("docs");

    [Fact]
    public async Task Writes_queued_behind_a_running_write_are_committed_together_and_each_gets_its_answer()
    {
        using var running = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var first = Task.Run(() => _queue.WriteAsync(() => { running.Set(); release.Wait(); return Insert("first"); }, CancellationToken.None));
        running.Wait();
        var queued = Enumerable.Range(1, 5).Select(i => _queue.WriteAsync(() => Insert($"d{i}"), CancellationToken.None)).ToList();
        var last = _queue.WriteAsync(() => Insert("last"), CancellationToken.None);

        release.Set();

        Assert.Equal("first", await first);
        Assert.Equal(["d1", "d2", "d3", "d4", "d5"], await Task.WhenAll(queued));
        Assert.Equal("last", await last);
        Assert.Equal(7, Docs.Count());
    }

    [Fact]
    public async Task A_failing_write_fails_alone_and_the_writes_it_was_batched_with_land_once()
    {
        using var running = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var first = Task.Run(() => _queue.WriteAsync(() => { running.Set(); release.Wait(); return Insert("first"); }, CancellationToken.None));
        running.Wait();
        var runsOfBefore = 0;
        var before = _queue.WriteAsync(() => { runsOfBefore++; return Insert("before"); }, CancellationToken.None);
        var duplicate = _queue.WriteAsync(() => Insert("first"), CancellationToken.None);
        var ours = _queue.WriteAsync<string>(() => throw new InvalidOperationException("refused by the write itself"), CancellationToken.None);
        var after = _queue.WriteAsync(() => Insert("after"), CancellationToken.None);

        release.Set();

        await first;
        Assert.Equal("before", await before);
        await Assert.ThrowsAsync<LiteException>(() => duplicate);
        Assert.Equal("refused by the write itself", (await Assert.ThrowsAsync<InvalidOperationException>(() => ours)).Message);
        Assert.Equal("after", await after);
        Assert.Equal(["after", "before", "first"], Docs.FindAll().Select(d => d["_id"].AsString).Order());

        // It ran in the shared transaction, was rolled back with it, and ran again alone.
        Assert.Equal(2, runsOfBefore);
    }

    [Fact]
    public async Task A_write_given_up_while_it_waits_never_runs()
    {
        using var running = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var first = Task.Run(() => _queue.WriteAsync(() => { running.Set(); release.Wait(); return Insert("first"); }, CancellationToken.None));
        running.Wait();
        using var giveUp = new CancellationTokenSource();
        var abandoned = _queue.WriteAsync(() => Insert("abandoned"), giveUp.Token);

        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        release.Set();
        await first;
        Assert.Equal("kept", await _queue.WriteAsync(() => Insert("kept"), CancellationToken.None));

        Assert.Null(Docs.FindById("abandoned"));
        Assert.Equal(2, Docs.Count());
    }

    public void Dispose()
    {
        _queue.Dispose();
        _database.Dispose();
        _file.Dispose();
    }

    private string Insert(string id)
    {
        Docs.Insert(new BsonDocument { ["_id"] = id });
        return id;
    }
}
