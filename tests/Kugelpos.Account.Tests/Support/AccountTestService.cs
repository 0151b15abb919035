using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Kugelpos.Account.Users;
using Kugelpos.DocumentStore;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.Account.Tests.Support;

/// <summary>
/// The real account service in a <see cref="ServiceTestHost"/>, with bcrypt work factor 4, plus the
/// account calls tests make again and again and direct access to the stored users.
/// </summary>
internal sealed class AccountTestService : IAsyncDisposable
{
    /// <summary>Where fake time starts: whole seconds, so stored and returned instants compare exactly.</summary>
    public static readonly DateTimeOffset Start = ServiceTestHost.Start;

    private readonly ServiceTestHost _host;

    private AccountTestService(ServiceTestHost host)
    {
        _host = host;
    }

    public HttpClient Client => _host.Client;

    public FakeTimeProvider Time => _host.Time;

    public LogCapture Logs => _host.Logs;

    public ResponseRecorder Responses => _host.Responses;

    public IServiceProvider Services => _host.Services;

    /// <summary>The folder of the LiteDB files.</summary>
    public string DataPath => _host.DataPath;

    public static async Task<AccountTestService> StartAsync(
        IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        // The account defaults first, so a test's own settings override them.
        var merged = new Dictionary<string, string?>
        {
            // The lowest factor bcrypt accepts: hashing stays real but fast.
            ["Kugelpos:Account:PasswordWorkFactor"] = "4",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        var host = await ServiceTestHost.StartAsync(b => b.AddAccountService(), a => a.MapAccountService(), merged, configure);
        return new AccountTestService(host);
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

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    /// <summary>Stands a file where the data folder was, so the store can no longer write there.</summary>
    public void BreakDataPath() => _host.BreakDataPath();
}
