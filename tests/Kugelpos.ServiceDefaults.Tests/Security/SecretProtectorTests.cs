using Kugelpos.ServiceDefaults.Security;
using Kugelpos.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.ServiceDefaults.Tests.Security;

public sealed class SecretProtectorTests : IDisposable
{
    private readonly string _keys = Path.Combine(Path.GetTempPath(), "kugelpos-keys-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_protected_secret_reads_back_but_is_not_stored_in_plain_text()
    {
        await using var test = await StartAsync();
        var protector = test.App.Services.GetRequiredService<SecretProtector>();

        var stored = protector.Protect(SecretPurposes.StaffPin, "1234");

        Assert.DoesNotContain("1234", stored, StringComparison.Ordinal);
        Assert.Equal("1234", protector.TryUnprotect(SecretPurposes.StaffPin, stored));
    }

    [Fact]
    public async Task A_secret_protected_as_one_kind_does_not_read_back_as_another()
    {
        await using var test = await StartAsync();
        var protector = test.App.Services.GetRequiredService<SecretProtector>();

        var stored = protector.Protect(SecretPurposes.StaffPin, "1234");

        Assert.Null(protector.TryUnprotect(SecretPurposes.TerminalApiKey, stored));
    }

    [Fact]
    public async Task Another_process_with_the_same_key_ring_reads_the_secret_back()
    {
        string stored;
        await using (var first = await StartAsync())
        {
            stored = first.App.Services.GetRequiredService<SecretProtector>().Protect(SecretPurposes.TerminalApiKey, "key");
        }

        await using var second = await StartAsync();

        Assert.Equal("key", second.App.Services.GetRequiredService<SecretProtector>().TryUnprotect(SecretPurposes.TerminalApiKey, stored));
        Assert.NotEmpty(Directory.GetFiles(_keys, "*.xml"));
    }

    [Fact]
    public async Task A_lost_key_ring_makes_the_secret_unreadable_instead_of_failing()
    {
        string stored;
        await using (var first = await StartAsync())
        {
            stored = first.App.Services.GetRequiredService<SecretProtector>().Protect(SecretPurposes.TerminalApiKey, "key");
        }

        Directory.Delete(_keys, recursive: true);
        await using var second = await StartAsync();

        Assert.Null(second.App.Services.GetRequiredService<SecretProtector>().TryUnprotect(SecretPurposes.TerminalApiKey, stored));
    }

    public void Dispose()
    {
        if (Directory.Exists(_keys))
        {
            Directory.Delete(_keys, recursive: true);
        }
    }

    private Task<TestApp> StartAsync() => TestApp.StartAsync(
        _ => { },
        new Dictionary<string, string?> { ["Kugelpos:DataProtection:KeyPath"] = _keys },
        builder => builder.AddKugelposSecretProtection());
}
