using System.Collections.Concurrent;
using Kugelpos.Cart.Abstractions.Masters;
using Kugelpos.Cart.MasterData;
using Kugelpos.Cart.Tests.Transactions;
using Kugelpos.Dapr.Actors;
using Kugelpos.MasterData;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.Sidecar;
using Kugelpos.Terminal.Actors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kugelpos.Cart.Tests.Support;

/// <summary>
/// The cart service and the real master-data service, each beside its sidecar, joined in one sidecar
/// cluster so the cart reaches <c>master-data</c> by app id; every request of the cart's master-data
/// client is recorded. The cart keeps its actors in memory and hosts the real terminal actor too (as
/// the terminal service would), so carts are created at terminals opened through it; POS devices'
/// keys are checked by <see cref="Terminals"/>; a test may keep the actors in another store (a real
/// Redis it stops) on a clock of its own. Each test takes a tenant of its own, seeded through
/// master data's REST API.
/// </summary>
public sealed class CartWithMasterData : IAsyncLifetime
{
    private readonly SidecarCluster _cluster;
    private readonly ActorStore _actorStore;
    private readonly IReadOnlyDictionary<string, string> _resources;
    private readonly IDictionary<string, string?>? _settings;
    private ServiceTestHost? _cart;
    private ServiceTestHost? _masterData;
    private int _tenants;

    /// <summary>The system as the cart tests share it: actors in memory, the sidecars on the real clock.</summary>
    public CartWithMasterData()
        : this(ActorStore.InMemory, TimeProvider.System)
    {
    }

    /// <summary>The system with the cart's actors kept in <paramref name="actorStore"/> (e.g. a Redis a test stops).</summary>
    /// <param name="actorStore">Where the cart service's sidecar keeps actor state.</param>
    /// <param name="clock">The sidecars' clock (their breakers' and reminders' time).</param>
    /// <param name="resources">More resource YAML for the cart's sidecar (e.g. a Resiliency).</param>
    /// <param name="settings">Settings of the cart service over the test defaults.</param>
    internal CartWithMasterData(
        ActorStore actorStore, TimeProvider clock, IReadOnlyDictionary<string, string>? resources = null, IDictionary<string, string?>? settings = null)
    {
        _cluster = new SidecarCluster(clock, NullLoggerFactory.Instance);
        _actorStore = actorStore;
        _resources = resources ?? new Dictionary<string, string>(StringComparer.Ordinal);
        _settings = settings;
    }

    /// <summary>The sidecars' cluster, which a restarted Redis rejoins.</summary>
    public SidecarCluster Cluster => _cluster;

    /// <summary>The cart service.</summary>
    public ServiceTestHost Cart => _cart ?? throw new InvalidOperationException("Not started.");

    /// <summary>The terminals whose API keys the cart accepts.</summary>
    internal KnownTerminals Terminals { get; } = new();

    /// <summary>The master-data service; null once stopped.</summary>
    public ServiceTestHost? MasterDataHost => _masterData;

    /// <summary>Path and query of every request the cart sent to master data.</summary>
    public ConcurrentQueue<string> Sent { get; } = new();

    /// <summary>The cart's master data, as its endpoints and actors get it.</summary>
    public ICartMasterData MasterData => Cart.Services.GetRequiredService<ICartMasterData>();

    public async Task InitializeAsync()
    {
        _masterData = await ServiceTestHost.StartAsync(
            b => b.AddMasterDataService(), a => a.MapMasterDataService(), sidecar: new TestSidecar(MasterDataService.AppId) { Cluster = _cluster });
        _cart = await CartTestService.StartAsync(
            _settings,
            configure: b =>
            {
                b.Services.AddHttpClient<CartMasterData>().AddHttpMessageHandler(() => new CountingHandler(Sent));
                b.Services.AddSingleton<ITerminalKeyVerifier>(Terminals);
                b.AddKugelposActors(o => o.Actors.RegisterActor<TerminalActor>());
                b.Services.TryAddSingleton<ITerminalListing, NoListing>();
            },
            sidecar: new TestSidecar(CartService.AppId)
            {
                Cluster = _cluster,
                ActorStore = _actorStore,
                Resources = new Dictionary<string, string>(_resources, StringComparer.Ordinal) { [DaprConfigurations.FileName] = DaprConfigurations.ActorStateTtl },
            });
    }

    public async Task DisposeAsync()
    {
        if (_cart is not null)
        {
            await _cart.DisposeAsync();
        }

        await StopMasterDataAsync();
        await _cluster.DisposeAsync();
    }

    /// <summary>Stops master data (and its sidecar), as an outage would.</summary>
    public async Task StopMasterDataAsync()
    {
        if (_masterData is not null)
        {
            await _masterData.DisposeAsync();
            _masterData = null;
        }
    }

    /// <summary>A tenant of its own for one test, set up in master data.</summary>
    public async Task<string> NewTenantAsync()
    {
        var tenant = $"T{Interlocked.Increment(ref _tenants):D4}";
        await SeedAsync(tenant, "/api/v1/tenants", new { tenantId = tenant });
        return tenant;
    }

    /// <summary>Posts <paramref name="body"/> to master data as the tenant's administrator, asserting it was created.</summary>
    public async Task SeedAsync(string tenantId, string path, object body)
    {
        await MasterDataSeed.PostAsync(_masterData ?? throw new InvalidOperationException("Master data is stopped."), tenantId, path, body);
    }

    /// <summary>How many requests the cart sent to master data for a path containing <paramref name="part"/>.</summary>
    public int SentFor(string part) => Sent.Count(p => p.Contains(part, StringComparison.Ordinal));
}
