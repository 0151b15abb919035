using System.Collections.Concurrent;
using Kugelpos.Sidecar.Resources;
using StackExchange.Redis;

namespace Kugelpos.Sidecar.State;

/// <summary>
/// One multiplexer per Redis endpoint and credentials, shared by every component and sidecar
/// in the process: StackExchange.Redis multiplexes everything over one connection, and many
/// connections to one server only cost sockets.
/// </summary>
public sealed class RedisConnections : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<ConnectionMultiplexer>>> _connections = new(StringComparer.Ordinal);

    /// <summary>The connection for a Redis component, opened on first use.</summary>
    public async Task<ConnectionMultiplexer> ConnectAsync(ComponentSpec component)
    {
        var options = ConfigurationOptions.Parse(component.Require("redisHost"));
        options.Password = component.Get("redisPassword");
        options.User = component.Get("redisUsername");
        options.Ssl = component.GetBool("enableTLS", false);
        options.AbortOnConnectFail = true;
        options.ConnectTimeout = (int)component.GetDuration("dialTimeout", TimeSpan.FromSeconds(5)).TotalMilliseconds;
        options.ClientName = "kugelpos-sidecar";

        // daprd's Redis client fails a command at once while the server refuses connections, so its
        // policy's retries and breaker see the outage within milliseconds. StackExchange.Redis would
        // hold each command in its backlog for the whole command timeout (5 s) first, keeping an
        // actor's turn, and every POS call queued behind it, waiting on a store that is gone.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        var cacheKey = $"{options}|{options.User}|{options.Password}";
        var lazy = _connections.GetOrAdd(cacheKey, _ => new Lazy<Task<ConnectionMultiplexer>>(() => ConnectionMultiplexer.ConnectAsync(options)));
        try
        {
            return await lazy.Value;
        }
        catch (RedisConnectionException e)
        {
            _connections.TryRemove(cacheKey, out _);
            throw new ResourceLoadException(component.File, "spec.metadata[redisHost]",
                $"component '{component.Name}' cannot reach Redis at {component.Get("redisHost")}: {e.Message}", e);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var lazy in _connections.Values.Where(l => l.IsValueCreated))
        {
            if (lazy.Value.IsCompletedSuccessfully)
            {
                await lazy.Value.Result.DisposeAsync();
            }
        }

        _connections.Clear();
    }
}
