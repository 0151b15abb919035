using System.Security.Cryptography;
using System.Text;
using Kugelpos.ServiceDefaults.Security;

namespace Kugelpos.ServiceDefaults.Tests.Security;

public class TerminalApiKeyTests
{
    [Fact]
    public void A_key_holds_256_random_bits_in_url_safe_text()
    {
        var key = TerminalApiKey.Generate();

        Assert.Equal(43, key.Length);
        Assert.All(key, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_', key));
        Assert.NotEqual(key, TerminalApiKey.Generate());
    }

    [Fact]
    public void The_lookup_hash_is_the_hex_sha256_of_the_key()
    {
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("abc")));

        Assert.Equal(expected, TerminalApiKey.LookupHash("abc"));
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TerminalApiKey.LookupHash("abc"));
    }

    [Fact]
    public void Hashes_match_only_when_equal()
    {
        var hash = TerminalApiKey.LookupHash("key-1");

        Assert.True(TerminalApiKey.HashesMatch(hash, TerminalApiKey.LookupHash("key-1")));
        Assert.False(TerminalApiKey.HashesMatch(hash, TerminalApiKey.LookupHash("key-2")));
        Assert.False(TerminalApiKey.HashesMatch(hash, hash[..10]));
    }
}
