using Kugelpos.Benchmarks.Sale;
using Kugelpos.Testing;

namespace Kugelpos.Host.Tests.Subscribers;

/// <summary>
/// The whole host on the Redis resources over a real redis-server, report, journal and stock
/// included, with the benchmark's store set up through the real APIs and one open terminal.
/// </summary>
public sealed class SubscribersFixture : IAsyncLifetime
{
    /// <summary>One client for every call of the tests.</summary>
    public HttpClient Http { get; } = new();

    /// <summary>The redis-server every store of the system writes to.</summary>
    public RedisServer Redis { get; } = new();

    /// <summary>The system, started once Redis is up.</summary>
    public SystemFixture System { get; private set; } = null!;

    /// <summary>The store's open terminal.</summary>
    public PosTerminal Till { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await Redis.InitializeAsync();
        System = new SystemFixture { RedisHost = Redis.Host };
        await System.InitializeAsync();
        Till = (await StoreSetup.RunAsync(Http, System.Service, 1))[0];
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await System.DisposeAsync();
        await Redis.DisposeAsync();
        Http.Dispose();
    }
}
