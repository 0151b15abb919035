using Kugelpos.Account.Tests.Support;

namespace Kugelpos.Account.Tests.Hosting;

public class StartupTests
{
    [Fact]
    public async Task Start_up_without_a_jwt_secret_fails_naming_the_setting()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => AccountTestService.StartAsync(
            new Dictionary<string, string?> { ["Kugelpos:Jwt:Secret"] = string.Empty }));

        Assert.Contains("Kugelpos:Jwt:Secret", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("32")]
    public async Task Start_up_with_a_work_factor_bcrypt_does_not_accept_fails_naming_the_setting(string workFactor)
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => AccountTestService.StartAsync(
            new Dictionary<string, string?> { ["Kugelpos:Account:PasswordWorkFactor"] = workFactor }));

        Assert.Contains("Kugelpos:Account:PasswordWorkFactor", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_calls_itself_account_when_no_name_is_configured()
    {
        await using var service = await AccountTestService.StartAsync(
            new Dictionary<string, string?> { ["Kugelpos:ServiceName"] = string.Empty });

        using var health = await service.Client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(AccountService.AppId, (await Json.ReadAsync(health)).GetProperty("service").GetString());
    }
}
