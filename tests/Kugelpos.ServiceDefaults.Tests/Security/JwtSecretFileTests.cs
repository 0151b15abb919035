using System.Net;
using System.Net.Http.Headers;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kugelpos.ServiceDefaults.Tests.Security;

/// <summary>The JWT secret kept in a file that services on one machine share.</summary>
public sealed class JwtSecretFileTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kugelpos-secret-");

    private string SecretPath => Path.Combine(_folder.FullName, "secrets", "jwt-secret");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void A_missing_file_is_created_with_a_long_random_secret_only_its_owner_can_read()
    {
        var secret = KugelposJwtSecretFile.ReadOrCreate(SecretPath);

        Assert.True(secret.Length >= 64, $"secret of {secret.Length} characters");
        Assert.Equal(secret, File.ReadAllText(SecretPath));
        Assert.NotEqual(secret, KugelposJwtSecretFile.ReadOrCreate(Path.Combine(_folder.FullName, "other")));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(SecretPath));
        }
    }

    [Fact]
    public void An_existing_file_is_read_and_kept()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SecretPath)!);
        File.WriteAllText(SecretPath, "an-operator-chosen-secret-of-forty-bytes!\n");

        Assert.Equal("an-operator-chosen-secret-of-forty-bytes!", KugelposJwtSecretFile.ReadOrCreate(SecretPath));
        Assert.Equal("an-operator-chosen-secret-of-forty-bytes!\n", File.ReadAllText(SecretPath));
    }

    [Fact]
    public void Services_racing_to_create_the_file_all_end_up_with_one_secret()
    {
        var secrets = new string[16];

        Parallel.For(0, secrets.Length, i => secrets[i] = KugelposJwtSecretFile.ReadOrCreate(SecretPath));

        Assert.Single(secrets.Distinct());
        Assert.Equal([Path.GetFileName(SecretPath)], Directory.GetFiles(Path.GetDirectoryName(SecretPath)!).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Two_services_given_the_same_file_accept_each_others_tokens()
    {
        var settings = new Dictionary<string, string?> { ["Kugelpos:Jwt:SecretFile"] = SecretPath };
        await using var issuing = await TestApp.StartAsync(_ => { }, settings, builder => builder.AddKugelposJwt());
        await using var checking = await TestApp.StartAsync(
            app => app.MapGet("/me", () => ApiResults.Ok("yes", "Me", "me")).RequireAuthorization(KugelposPolicies.Tenant),
            settings,
            builder => builder.AddKugelposJwt());
        var token = issuing.App.Services.GetRequiredService<KugelposTokenIssuer>().Issue("admin", "A1234", isSuperuser: true);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await checking.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_configured_secret_wins_over_the_file_and_the_file_is_not_created()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Kugelpos:Jwt:Secret"] = TestTokens.Secret,
            ["Kugelpos:Jwt:SecretFile"] = SecretPath,
        };
        await using var test = await TestApp.StartAsync(_ => { }, settings, builder => builder.AddKugelposJwt());

        Assert.Equal(TestTokens.Secret, test.App.Services.GetRequiredService<IOptions<KugelposJwtOptions>>().Value.Secret);
        Assert.False(File.Exists(SecretPath));
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_fails_start_up_naming_the_setting()
    {
        Directory.CreateDirectory(SecretPath);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestApp.StartAsync(
            _ => { },
            new Dictionary<string, string?> { ["Kugelpos:Jwt:SecretFile"] = SecretPath },
            builder => builder.AddKugelposJwt()));

        Assert.Contains("Kugelpos:Jwt:SecretFile", error.Message, StringComparison.Ordinal);
    }
}
