using Kugelpos.ServiceDefaults.Hosting;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.Sidecar;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog.Core;

namespace Kugelpos.Testing;

/// <summary>
/// Any Kugelpos service (or any app with an Add and a Map, Dapr actor hosts included), really
/// started by <see cref="ServiceLauncher"/> on Kestrel at a free loopback port: its LiteDB files in
/// a temporary folder (removed on dispose), fake time from <see cref="Start"/>, a known JWT secret,
/// no console logging, every log event and every response kept for the test to search, and on
/// request its own local sidecar beside it.
/// </summary>
public sealed class ServiceTestHost : IAsyncDisposable
{
    /// <summary>The JWT signing secret the service is started with.</summary>
    public const string JwtSecret = "kugelpos-test-secret-with-more-than-32-bytes";

    /// <summary>Where fake time starts: whole seconds, so stored and returned instants compare exactly.</summary>
    public static readonly DateTimeOffset Start = FakeClock.DefaultStart;

    private readonly WebApplication _app;
    private readonly SidecarBeside? _sidecar;

    private ServiceTestHost(WebApplication app, SidecarBeside? sidecar, string dataPath, FakeClock time, LogCapture logs, ResponseRecorder responses)
    {
        _app = app;
        _sidecar = sidecar;
        DataPath = dataPath;
        Time = time;
        Logs = logs;
        Responses = responses;
        Client = new HttpClient(responses) { BaseAddress = new Uri(app.Urls.Single()) };
    }

    /// <summary>A client for the service's address; everything it receives is kept in <see cref="Responses"/>.</summary>
    public HttpClient Client { get; }

    /// <summary>The service's clock (and its own sidecar's): it moves only when the test advances it.</summary>
    public FakeClock Time { get; }

    /// <summary>Every log event the service wrote through the Kugelpos logging, down to debug level.</summary>
    public LogCapture Logs { get; }

    /// <summary>Every response <see cref="Client"/> received.</summary>
    public ResponseRecorder Responses { get; }

    /// <summary>The service's container, to reach its stores and issuers directly.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>The folder of the LiteDB files.</summary>
    public string DataPath { get; }

    /// <summary>The sidecar beside the service (replaced by <see cref="RestartSidecarAsync"/>); null when started without one.</summary>
    public LocalSidecar? Sidecar => _sidecar?.Current;

    /// <summary>
    /// Builds the service with <paramref name="add"/> (e.g. <c>b =&gt; b.AddAccountService()</c>) and
    /// <paramref name="map"/> (e.g. <c>a =&gt; a.MapAccountService()</c>) and starts it; with
    /// <paramref name="sidecar"/>, then starts that sidecar beside it.
    /// </summary>
    /// <param name="add">Registers the service, as its Program.cs does.</param>
    /// <param name="map">Maps the service's endpoints, as its Program.cs does.</param>
    /// <param name="settings">Settings over the test defaults; an empty string clears one.</param>
    /// <param name="configure">Runs on the builder before <paramref name="add"/>, e.g. to register a fake.</param>
    /// <param name="sidecar">The local sidecar to start beside the service; the service gets its
    /// <c>DAPR_HTTP_ENDPOINT</c>, <c>DAPR_GRPC_ENDPOINT</c> and <c>APP_API_TOKEN</c>, the sidecar the service's port.</param>
    /// <param name="port">Where the service listens; 0 takes a free port. A fixed one serves a sidecar
    /// the test started first, already told its app's port, as daprd may be.</param>
    /// <exception cref="StartupException">The service or its sidecar cannot start; nothing is left behind.</exception>
    public static async Task<ServiceTestHost> StartAsync(
        Action<WebApplicationBuilder> add,
        Action<WebApplication> map,
        IDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null,
        TestSidecar? sidecar = null,
        int port = 0)
    {
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(map);
        var dataPath = Path.Combine(Path.GetTempPath(), "kugelpos-test-" + Guid.NewGuid().ToString("N"));
        var time = new FakeClock(Start);
        var logs = new LogCapture();
        var beside = sidecar is null ? null : SidecarBeside.Prepare(sidecar, time);
        WebApplication? app = null;
        try
        {
            app = await ServiceLauncher.StartAsync(new ServiceLaunch(sidecar?.AppId ?? "tested", add, map)
            {
                // Port 0: Kestrel picks a free one, so tests run side by side.
                Url = $"http://127.0.0.1:{port}",
                EnvironmentName = Environments.Production,
                Settings = [TestDefaults(dataPath), beside?.AppSettings ?? [], settings ?? new Dictionary<string, string?>()],
                Configure = builder =>
                {
                    // Kugelpos logging replaces these; an app without it stays off the test output.
                    builder.Logging.ClearProviders();
                    builder.Services.AddSingleton<TimeProvider>(time);
                    builder.Services.AddSingleton<ILogEventSink>(logs);
                    configure?.Invoke(builder);
                },
            });
            if (beside is not null)
            {
                await beside.StartAsync(new Uri(app.Urls.Single()).Port);
            }
        }
        catch
        {
            // A service or sidecar that refuses to start must not leave its host, its folders or its ports behind.
            if (beside is not null)
            {
                await beside.DisposeAsync();
            }

            if (app is not null)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }

            DeleteFolder(dataPath);
            throw;
        }

        return new ServiceTestHost(app, beside, dataPath, time, logs, new ResponseRecorder());
    }

    /// <summary>Stops the sidecar and starts a new one with the same flags (or <paramref name="change"/>d ones), as a process restart would.</summary>
    /// <exception cref="InvalidOperationException">The service was started without a sidecar.</exception>
    public Task RestartSidecarAsync(Func<SidecarOptions, SidecarOptions>? change = null) =>
        (_sidecar ?? throw new InvalidOperationException("This service was started without a sidecar.")).RestartAsync(change);

    /// <summary>Stands a file where the data folder was, so the store can no longer write there.</summary>
    public void BreakDataPath()
    {
        DeleteFolder(DataPath);
        File.WriteAllText(DataPath, "not a folder");
    }

    /// <summary>Stops the sidecar first, so no call reaches a stopping service; then the service; then removes its data folder.</summary>
    /// <summary>
    /// Sends a request to the service with an optional JSON body and bearer token, the way a POS
    /// device or a back-office tool calls it.
    /// </summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path and query, relative to the service.</param>
    /// <param name="body">Serialized as JSON (a string is sent as the raw JSON text); none when null.</param>
    /// <param name="bearer">The <c>Authorization: Bearer</c> token; none when null.</param>
    /// <param name="headers">Further headers, e.g. <c>X-API-KEY</c>.</param>
    public async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, object? body = null, string? bearer = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Content = body switch
        {
            null => null,
            string raw => new StringContent(raw, System.Text.Encoding.UTF8, "application/json"),
            _ => System.Net.Http.Json.JsonContent.Create(body, body.GetType()),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>A user JWT for the tenant, signed with the test secret, as the account service would issue it.</summary>
    /// <param name="tenantId">The tenant the token names.</param>
    /// <param name="username">The user (<c>sub</c>).</param>
    /// <param name="isSuperuser">Whether the user is the tenant's superuser.</param>
    public string UserToken(string tenantId, string username = "admin", bool isSuperuser = true) =>
        Services.GetRequiredService<KugelposTokenIssuer>().Issue(username, tenantId, isSuperuser);

    public async ValueTask DisposeAsync()
    {
        if (_sidecar is not null)
        {
            await _sidecar.DisposeAsync();
        }

        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        DeleteFolder(DataPath);
    }

    private static Dictionary<string, string?> TestDefaults(string dataPath) => new(StringComparer.Ordinal)
    {
        ["Kugelpos:ServiceVersion"] = "9.9.9",
        ["Kugelpos:Jwt:Secret"] = JwtSecret,
        ["Kugelpos:DocumentStore:DataPath"] = dataPath,
        ["Kugelpos:DataProtection:KeyPath"] = Path.Combine(dataPath, "keys"),
        ["Kugelpos:Logging:Console"] = "false",

        // Everything down to debug is captured, so a test can show what is never logged at any level.
        ["Kugelpos:Logging:MinimumLevel"] = "Debug",
        ["Kugelpos:Logging:Override:Microsoft.AspNetCore"] = "Debug",
    };

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
