using System.Diagnostics;
using Kugelpos.Sidecar;
using Kugelpos.Sidecar.Resources;
using StackExchange.Redis;
using Xunit;

namespace Kugelpos.Testing;

/// <summary>
/// A real redis-server on a free loopback port, started for the test run and killed after it.
/// Every run starts empty. Tests needing isolation use their own database number or key names.
/// A test may take it down in the middle of its work with <see cref="StopAsync"/> and bring it
/// back with <see cref="StartAsync"/>: same port, same data.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    // Its data folder: written only by StopAsync (no automatic snapshots), read by StartAsync.
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "kugelpos-redis-" + Guid.NewGuid().ToString("N"));
    private Process? _process;

    /// <summary>The port it listens on.</summary>
    public int Port { get; private set; }

    /// <summary>host:port for component metadata (redisHost).</summary>
    public string Host => $"127.0.0.1:{Port}";

    /// <summary>A client connection for assertions; it reconnects by itself after a restart.</summary>
    public ConnectionMultiplexer Connection { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Port = FreePort.Next();
        Directory.CreateDirectory(_dataPath);
        Launch();

        // The server needs a moment to bind; connecting with retries waits exactly as long as it takes.
        var options = ConfigurationOptions.Parse(Host);
        options.AbortOnConnectFail = false;
        options.ConnectRetry = 50;
        options.AllowAdmin = true;
        Connection = await ConnectionMultiplexer.ConnectAsync(options);
        for (var i = 0; i < 200 && !Connection.IsConnected; i++)
        {
            await Task.Yield();
            await Connection.GetDatabase().PingAsync().ContinueWith(_ => { }, TaskScheduler.Default);
        }

        if (!Connection.IsConnected)
        {
            throw new InvalidOperationException($"redis-server did not accept connections on {Host}");
        }
    }

    /// <summary>
    /// Takes the server down as an outage does, mid-work: it writes its data to its folder and exits
    /// (<c>SHUTDOWN SAVE</c>), so every connection to it fails until <see cref="StartAsync"/>.
    /// </summary>
    public async Task StopAsync()
    {
        var process = _process ?? throw new InvalidOperationException("The Redis server is not running.");
        try
        {
            await Connection.GetServer(Host).ExecuteAsync("SHUTDOWN", "SAVE");
        }
        catch (RedisConnectionException)
        {
            // The server closes the connection as it goes: that is the answer.
        }

        await process.WaitForExitAsync();
        process.Dispose();
        _process = null;
    }

    /// <summary>
    /// Brings the server back after <see cref="StopAsync"/>, on the same port with the data it had,
    /// and returns once <see cref="Connection"/> and the Redis connections of every cluster in
    /// <paramref name="clusters"/> (the sidecars' connection to this server) are back too, so the
    /// next call through those sidecars reaches it.
    /// </summary>
    /// <param name="clusters">Sidecar clusters whose components use this server.</param>
    public async Task StartAsync(params SidecarCluster[] clusters)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        if (_process is not null)
        {
            throw new InvalidOperationException("The Redis server is running.");
        }

        Launch();
        await UntilConnectedAsync(Connection);
        foreach (var cluster in clusters)
        {
            await UntilConnectedAsync(await cluster.Redis.ConnectAsync(ComponentOnThisServer()));
        }
    }

    /// <summary>Kills the server and removes its data; a second call does nothing, so a test may stop it early and still dispose it in <c>finally</c>.</summary>
    public async Task DisposeAsync()
    {
        if (Connection is not null)
        {
            await Connection.DisposeAsync();
        }

        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    // A component as the sidecar reads one pointing here: the sidecar shares one connection per
    // server, so this finds the connection its components use.
    private ComponentSpec ComponentOnThisServer() => new(
        "redis", "state.redis", new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["redisHost"] = Host }, [], "test");

    // Until a command through the connection reaches the server. The multiplexer reconnects on
    // its own schedule and reports it with ConnectionRestored (per connection, interactive and
    // subscription alike), so each failed ping waits for the next report or a short tick.
    private static async Task UntilConnectedAsync(ConnectionMultiplexer connection)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var restored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnRestored(object? sender, ConnectionFailedEventArgs e) => restored.TrySetResult();
            connection.ConnectionRestored += OnRestored;
            try
            {
                await connection.GetDatabase().PingAsync();
                return;
            }
            catch (Exception e) when (e is RedisException or TimeoutException && DateTime.UtcNow < deadline)
            {
                await Task.WhenAny(restored.Task, Task.Delay(TimeSpan.FromMilliseconds(100)));
            }
            finally
            {
                connection.ConnectionRestored -= OnRestored;
            }
        }
    }

    private void Launch()
    {
        var start = new ProcessStartInfo(
            "redis-server",
            $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no --databases 16 --dir \"{_dataPath}\" --dbfilename dump.rdb")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("redis-server is not installed: run 'apt-get install -y redis-server' (bash .ci/run does it)", e);
        }

        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }
}
