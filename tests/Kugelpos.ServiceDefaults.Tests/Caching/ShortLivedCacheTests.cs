using Kugelpos.ServiceDefaults.Caching;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.ServiceDefaults.Tests.Caching;

public sealed class ShortLivedCacheTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(ServiceTestHost.Start);
    private readonly ShortLivedCache<string, string> _cache;
    private int _loads;

    public ShortLivedCacheTests() =>
        _cache = new(new ShortLivedCacheLimits(3, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(10)), _time);

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task An_answer_is_loaded_once_and_again_only_after_it_expired()
    {
        await GetAsync("a", "A");
        _time.Advance(TimeSpan.FromSeconds(59));
        await GetAsync("a", "A");
        var loadsWhileKept = _loads;
        _time.Advance(TimeSpan.FromSeconds(2));
        await GetAsync("a", "A");

        Assert.Equal(1, loadsWhileKept);
        Assert.Equal(2, _loads);
    }

    [Fact]
    public async Task A_none_answer_is_kept_for_its_own_shorter_time()
    {
        Assert.Null(await GetAsync("a", null));
        _time.Advance(TimeSpan.FromSeconds(9));
        Assert.Null(await GetAsync("a", "A"));
        _time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal("A", await GetAsync("a", "A"));
        Assert.Equal(2, _loads);
    }

    [Fact]
    public async Task A_failure_reaches_the_caller_and_is_not_kept()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => _cache.GetOrLoadAsync("a", _ => throw new InvalidOperationException("down"), default).AsTask());

        Assert.Equal("A", await GetAsync("a", "A"));
        Assert.DoesNotContain(_cache.Entries(), e => e.Value is null);
    }

    [Fact]
    public async Task A_full_cache_does_not_grow_past_its_size()
    {
        await GetAsync("a", "A");
        await GetAsync("b", "B");
        await GetAsync("c", "C");
        await GetAsync("d", "D");
        await GetAsync("d", "D");

        // The fourth answer was not kept (the cache may compact itself in the background meanwhile).
        Assert.Equal(5, _loads);
        Assert.InRange(_cache.Entries().Count, 1, 3);
    }

    [Fact]
    public async Task Entries_shows_the_live_answers_and_remove_forgets_the_picked_ones()
    {
        await GetAsync("a", "A");
        await GetAsync("b", null);
        _time.Advance(TimeSpan.FromSeconds(11));
        await GetAsync("c", "C");

        var live = _cache.Entries().OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        var removed = _cache.Remove((key, _) => key == "a");

        Assert.Equal([new("a", "A"), new("c", "C")], live);
        Assert.Equal(1, removed);
        Assert.Equal("c", Assert.Single(_cache.Entries()).Key);
    }

    [Fact]
    public void Unusable_limits_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShortLivedCache<string, string>(new(0, TimeSpan.Zero, TimeSpan.Zero), _time));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShortLivedCache<string, string>(new(1, TimeSpan.FromSeconds(-1), TimeSpan.Zero), _time));
    }

    private ValueTask<string?> GetAsync(string key, string? answer) =>
        _cache.GetOrLoadAsync(
            key,
            _ =>
            {
                _loads++;
                return Task.FromResult(answer);
            },
            default);
}
