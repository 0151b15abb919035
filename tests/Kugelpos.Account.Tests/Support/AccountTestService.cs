using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Kugelpos.Account.Users;
using Kugelpos.DocumentStore;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Serilog.Core;

namespace Kugelpos.Account.Tests.Support;

/// <summary>
/// The real account service on Kestrel at a free loopback port, with its LiteDB files in a temporary
/// folder (removed on dispose), fake time, bcrypt work factor 4, and every log event and response kept.
/// </summary>
internal sealed class AccountTestService : IAsyncDisposable
{
    public const string JwtSecret = "account-test-secret-with-more-than-32-bytes";

    /// <summary>Where fake time starts: whole seconds, so stored and returned instants compare exactly.</summary>
    public static readonly DateTimeOffset Start = new(2030, 1, 15, 9, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;
    private readonly string _dataPath;

    private AccountTestService(WebApplication app, string dataPath, FakeTimeProvider time, LogCapture logs, ResponseRecorder responses)
    {
        _app = app;
        _dataPath = dataPath;
        Time = time;
        Logs = logs;
        Responses = responses;
        Client = new HttpClient(responses) { BaseAddress = new Uri(app.Urls.Single()) };
    }

    public HttpClient Client { get; }

    public FakeTimeProvider Time { get; }

    public LogCapture Logs { get; }

    public ResponseRecorder Responses { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The folder of the LiteDB files.</summary>
    public string DataPath => _dataPath;

    public static async Task<AccountTestService> StartAsync(
        IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "kugelpos-account-" + Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Kugelpos:ServiceName"] = AccountService.AppId,
            ["Kugelpos:ServiceVersion"] = "9.9.9",
            ["Kugelpos:Jwt:Secret"] = JwtSecret,
            ["Kugelpos:DocumentStore:DataPath"] = dataPath,
            ["Kugelpos:Account:PasswordWorkFactor"] = "4",
            ["Kugelpos:Logging:Console"] = "false",
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
        builder.AddAccountService();

        var app = builder.Build();
        app.MapAccountService();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            DeleteFolder(dataPath);
            throw;
        }

        return new AccountTestService(app, dataPath, time, logs, new ResponseRecorder());
    }

    public Task<HttpResponseMessage> RegisterAsync(object body) =>
        Client.PostAsJsonAsync(new Uri("api/v1/accounts/register", UriKind.Relative), body);

    public Task<HttpResponseMessage> RegisterRawAsync(string body, string contentType = "application/json") =>
        Client.PostAsync(
            new Uri("api/v1/accounts/register", UriKind.Relative),
            new StringContent(body, Encoding.UTF8, contentType));

    /// <summary>Registers a tenant and its superuser and fails the test unless that worked.</summary>
    public async Task RegisterTenantAsync(string tenantId, string username, string password)
    {
        using var response = await RegisterAsync(new { username, password, tenantId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Registers tenant <c>T1000</c> with superuser <c>admin</c> (<c>first-secret</c>) and returns its token.</summary>
    public async Task<string> SuperuserTokenAsync()
    {
        await RegisterTenantAsync("T1000", "admin", "first-secret");
        return await TokenAsync("admin", "first-secret", "T1000");
    }

    /// <summary>Adds a regular user with the superuser's token and fails the test unless that worked.</summary>
    public async Task AddUserAsync(string token, string username, string password)
    {
        using var response = await RegisterUserAsync(token, new { username, password });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    public Task<HttpResponseMessage> LoginAsync(IDictionary<string, string> form) =>
        Client.PostAsync(new Uri("api/v1/accounts/token", UriKind.Relative), new FormUrlEncodedContent(form));

    public Task<HttpResponseMessage> LoginAsync(string username, string password, string tenantId) =>
        LoginAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["username"] = username,
            ["password"] = password,
            ["client_id"] = tenantId,
        });

    /// <summary>Logs in and returns the access token, failing the test unless that worked.</summary>
    public async Task<string> TokenAsync(string username, string password, string tenantId)
    {
        using var response = await LoginAsync(username, password, tenantId);
        var body = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body.GetProperty("access_token").GetString()!;
    }

    public async Task<HttpResponseMessage> RegisterUserAsync(string? token, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/accounts/register/user")
        {
            Content = JsonContent.Create(body),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>The stored user, read straight from the document store.</summary>
    public async Task<UserAccountDocument> StoredUserAsync(string tenantId, string username)
    {
        var users = Services.GetRequiredService<IDocumentStore>()
            .GetDatabase("db_account", tenantId)
            .GetCollection<UserAccountDocument>("user_accounts");
        var found = await users.FindAsync(Kugelpos.DocumentStore.Queries.DocumentFilter.Eq("username", username));
        return Assert.Single(found);
    }

    /// <summary>Replaces the stored user, e.g. to deactivate it or to plant a migrated hash.</summary>
    public Task StoreUserAsync(UserAccountDocument user) =>
        Services.GetRequiredService<IDocumentStore>()
            .GetDatabase("db_account", user.TenantId)
            .GetCollection<UserAccountDocument>("user_accounts")
            .UpsertAsync(user);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        DeleteFolder(_dataPath);
    }

    /// <summary>Stands a file where the data folder was, so the store can no longer write there.</summary>
    public void BreakDataPath()
    {
        DeleteFolder(_dataPath);
        File.WriteAllText(_dataPath, "not a folder");
    }

    private static void DeleteFolder(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        File.Delete(path);
    }
}
