using System.Diagnostics;
using Kugelpos.Sidecar;
using StackExchange.Redis;
using Xunit;

namespace Kugelpos.Testing;

/// <summary>
/// A real redis-server on a free loopback port, started for the test run and killed after it.
/// No persistence: every run starts empty. Tests needing isolation use their own database
/// number or key names.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? _process;

    /// <summary>The port it listens on.</summary>
    public int Port { get; private set; }

    /// <summary>host:port for component metadata (redisHost).</summary>
    public string Host => $"127.0.0.1:{Port}";

    /// <summary>A client connection for assertions.</summary>
    public ConnectionMultiplexer Connection { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Port = FreePort.Next();
        var start = new ProcessStartInfo("redis-server", $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no --databases 16")
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

        // The server needs a moment to bind; connecting with retries waits exactly as long as it takes.
        var options = ConfigurationOptions.Parse(Host);
        options.AbortOnConnectFail = false;
        options.ConnectRetry = 50;
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

    /// <summary>Kills the server; a second call does nothing, so a test may stop it early and still dispose it in <c>finally</c>.</summary>
    public async Task DisposeAsync()
    {
        await Connection.DisposeAsync();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }
}
