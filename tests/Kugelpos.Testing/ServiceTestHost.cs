using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Serilog.Core;

namespace Kugelpos.Testing;

/// <summary>
/// Any Kugelpos service, really started on Kestrel at a free loopback port: its LiteDB files in a
/// temporary folder (removed on dispose), fake time from <see cref="Start"/>, a known JWT secret,
/// no console logging, and every log event and every response kept for the test to search.
/// </summary>
public sealed class ServiceTestHost : IAsyncDisposable
{
    /// <summary>The JWT signing secret the service is started with.</summary>
    public const string JwtSecret = "kugelpos-test-secret-with-more-than-32-bytes";

    /// <summary>Where fake time starts: whole seconds, so stored and returned instants compare exactly.</summary>
    public static readonly DateTimeOffset Start = new(2030, 1, 15, 9, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;

    private ServiceTestHost(WebApplication app, string dataPath, FakeTimeProvider time, LogCapture logs, ResponseRecorder responses)
    {
        _app = app;
        DataPath = dataPath;
        Time = time;
        Logs = logs;
        Responses = responses;
        Client = new HttpClient(responses) { BaseAddress = new Uri(app.Urls.Single()) };
    }

    /// <summary>A client for the service's address; everything it receives is kept in <see cref="Responses"/>.</summary>
    public HttpClient Client { get; }

    /// <summary>The service's clock: it moves only when the test advances it.</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>Every log event the service wrote, down to debug level.</summary>
    public LogCapture Logs { get; }

    /// <summary>Every response <see cref="Client"/> received.</summary>
    public ResponseRecorder Responses { get; }

    /// <summary>The service's container, to reach its stores and issuers directly.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>The folder of the LiteDB files.</summary>
    public string DataPath { get; }

    /// <summary>
    /// Builds the service with <paramref name="add"/> (e.g. <c>b =&gt; b.AddAccountService()</c>) and
    /// <paramref name="map"/> (e.g. <c>a =&gt; a.MapAccountService()</c>) and starts it.
    /// </summary>
    /// <param name="add">Registers the service, as its Program.cs does.</param>
    /// <param name="map">Maps the service's endpoints, as its Program.cs does.</param>
    /// <param name="settings">Settings over the test defaults; an empty string clears one.</param>
    /// <param name="configure">Runs on the builder before <paramref name="add"/>, e.g. to register a fake.</param>
    public static async Task<ServiceTestHost> StartAsync(
        Action<WebApplicationBuilder> add,
        Action<WebApplication> map,
        IDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(map);
        var dataPath = Path.Combine(Path.GetTempPath(), "kugelpos-test-" + Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            // Port 0: Kestrel picks a free one, so tests run side by side.
            ["Urls"] = "http://127.0.0.1:0",
            ["Kugelpos:ServiceVersion"] = "9.9.9",
            ["Kugelpos:Jwt:Secret"] = JwtSecret,
            ["Kugelpos:DocumentStore:DataPath"] = dataPath,
            ["Kugelpos:Logging:Console"] = "false",
            // Everything down to debug is captured, so a test can show what is never logged at any level.
            ["Kugelpos:Logging:MinimumLevel"] = "Debug",
            ["Kugelpos:Logging:Override:Microsoft.AspNetCore"] = "Debug",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        var time = new FakeTimeProvider(Start);
        var logs = new LogCapture();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<ILogEventSink>(logs);
        configure?.Invoke(builder);
        add(builder);

        var app = builder.Build();
        map(app);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            // A service that refuses to start must not leave its host or its folder behind.
            await app.DisposeAsync();
            DeleteFolder(dataPath);
            throw;
        }

        return new ServiceTestHost(app, dataPath, time, logs, new ResponseRecorder());
    }

    /// <summary>Stands a file where the data folder was, so the store can no longer write there.</summary>
    public void BreakDataPath()
    {
        DeleteFolder(DataPath);
        File.WriteAllText(DataPath, "not a folder");
    }

    /// <summary>Stops the service and removes its data folder.</summary>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        DeleteFolder(DataPath);
    }

    private static void DeleteFolder(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        // BreakDataPath may have left a file in the folder's place.
        File.Delete(path);
    }
}
