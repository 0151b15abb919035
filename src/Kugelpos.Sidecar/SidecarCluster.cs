using System.Collections.Concurrent;
using Kugelpos.Sidecar.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kugelpos.Sidecar;

/// <summary>
/// What the sidecars of one process share, standing in for daprd's control plane on one
/// machine: the clock, logging, Redis connections, in-process brokers and the actor placement
/// table, so every app reaches every other app's actor types.
/// </summary>
public sealed class SidecarCluster(TimeProvider time, ILoggerFactory loggerFactory) : IAsyncDisposable
{
    /// <summary>A cluster on the system clock with no logging, for tools and tests that need none.</summary>
    public SidecarCluster()
        : this(TimeProvider.System, NullLoggerFactory.Instance)
    {
    }

    /// <summary>The clock every sidecar uses for TTLs, reminders, timers and redelivery.</summary>
    public TimeProvider Time { get; } = time;

    /// <summary>Where sidecars log.</summary>
    public ILoggerFactory LoggerFactory { get; } = loggerFactory;

    /// <summary>Shared Redis connections.</summary>
    public RedisConnections Redis { get; } = new();

    /// <summary>Process-wide singletons keyed by name (in-memory brokers, placement), created on first use.</summary>
    public T Shared<T>(string name, Func<T> create)
        where T : class =>
        (T)_shared.GetOrAdd($"{typeof(T).FullName}|{name}", _ => create());

    private readonly ConcurrentDictionary<string, object> _shared = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var item in _shared.Values)
        {
            if (item is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }

        _shared.Clear();
        await Redis.DisposeAsync();
    }
}
