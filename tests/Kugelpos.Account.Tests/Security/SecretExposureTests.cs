using Kugelpos.Account.Tests.Support;

namespace Kugelpos.Account.Tests.Security;

public class SecretExposureTests
{
    private const string SuperuserPassword = "sentinel-super-7f3a91";
    private const string UserPassword = "sentinel-clerk-2b8c44";
    private const string RefusedPassword = "sentinel-refused-5d1e07";
    private const string WrongPassword = "sentinel-wrong-9c6f32";

    [Fact]
    public async Task Passwords_and_their_hashes_never_appear_in_any_response_or_log()
    {
        await using var service = await AccountTestService.StartAsync();

        await service.RegisterTenantAsync("T1000", "admin", SuperuserPassword);
        (await service.LoginAsync("admin", WrongPassword, "T1000")).Dispose();
        (await service.LoginAsync("nobody", WrongPassword, "T1000")).Dispose();
        var token = await service.TokenAsync("admin", SuperuserPassword, "T1000");
        await service.AddUserAsync(token, "clerk", UserPassword);
        (await service.RegisterUserAsync(token, new { username = "clerk", password = RefusedPassword })).Dispose();
        (await service.RegisterAsync(new { username = "admin", password = RefusedPassword, tenantId = "T1000" })).Dispose();
        (await service.RegisterAsync(new { password = RefusedPassword })).Dispose();
        (await service.RegisterAsync(new { username = "admin", password = RefusedPassword + new string('x', 80) })).Dispose();
        await service.TokenAsync("clerk", UserPassword, "T1000");
        var superuserHash = (await service.StoredUserAsync("T1000", "admin")).HashedPassword;
        var userHash = (await service.StoredUserAsync("T1000", "clerk")).HashedPassword;

        var responses = service.Responses.Text;
        var logs = service.Logs.Text;
        Assert.Contains("register_user_by_superuser", responses, StringComparison.Ordinal);
        Assert.Contains("Tenant \\\"T1000\\\" registered with superuser", logs, StringComparison.Ordinal);
        Assert.Contains("Login refused in tenant", logs, StringComparison.Ordinal);
        foreach (var secret in new[] { SuperuserPassword, UserPassword, RefusedPassword, WrongPassword, superuserHash, userHash })
        {
            Assert.DoesNotContain(secret, responses, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        }

        // Nor a recognisable part of a hash: its salt.
        Assert.DoesNotContain(superuserHash[..29], responses + logs, StringComparison.Ordinal);
    }
}
