using Kugelpos.DocumentStore.Queries;
using Kugelpos.DocumentStore.Tests.Support;

namespace Kugelpos.DocumentStore.Tests.Contract;

public sealed class ExpiryContractTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromSeconds(60);

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Documents_vanish_once_their_expiry_has_passed(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var sessions = harness.Database().GetCollection<Session>("sessions");
        await sessions.EnsureExpiryAsync("startedAt", Minute);
        await sessions.InsertAsync(new Session("old", "a", harness.Time.GetUtcNow().UtcDateTime));
        harness.Time.Advance(TimeSpan.FromSeconds(30));
        await sessions.InsertAsync(new Session("new", "b", harness.Time.GetUtcNow().UtcDateTime));

        harness.Time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(2, await sessions.CountAsync());

        harness.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Null(await sessions.GetAsync("old"));
        Assert.Equal(["new"], (await sessions.FindAsync()).Select(s => s.Id));
        Assert.Equal(1, await sessions.CountAsync(DocumentFilter.Ne("user", "z")));

        harness.Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(0, await sessions.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task An_expired_id_can_be_used_again(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var sessions = harness.Database().GetCollection<Session>("sessions");
        await sessions.EnsureExpiryAsync("startedAt", Minute);
        await sessions.InsertAsync(new Session("s-1", "first", harness.Time.GetUtcNow().UtcDateTime));

        harness.Time.Advance(TimeSpan.FromMinutes(2));
        await sessions.InsertAsync(new Session("s-1", "second", harness.Time.GetUtcNow().UtcDateTime));

        Assert.Equal("second", (await sessions.GetAsync("s-1"))!.User);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Documents_without_the_date_never_expire(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var sessions = harness.Database().GetCollection<Session>("sessions");
        await sessions.EnsureExpiryAsync("startedAt", Minute);
        await sessions.InsertAsync(new Session("s-1", "open", null));

        harness.Time.Advance(TimeSpan.FromDays(3));
        await sessions.InsertAsync(new Session("s-2", "trigger a purge", null));

        Assert.NotNull(await sessions.GetAsync("s-1"));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Bad_expiry_settings_are_refused(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var sessions = harness.Database().GetCollection<Session>("sessions");

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => sessions.EnsureExpiryAsync("startedAt", TimeSpan.FromSeconds(-1)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => sessions.EnsureExpiryAsync("startedAt", TimeSpan.FromMilliseconds(1500)));
        await Assert.ThrowsAsync<ArgumentException>(() => sessions.EnsureExpiryAsync("id", Minute));
    }
}
