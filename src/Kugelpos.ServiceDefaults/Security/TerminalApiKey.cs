using System.Security.Cryptography;
using System.Text;

namespace Kugelpos.ServiceDefaults.Security;

/// <summary>
/// Terminal API keys: 256 random bits from the OS CSPRNG, checked through a SHA-256 lookup hash.
/// A key that random needs no slow hash (no one can guess it faster than 2^255 tries), so a check
/// costs microseconds and the hash can be the lookup key.
/// </summary>
public static class TerminalApiKey
{
    /// <summary>Random bytes in a key.</summary>
    public const int KeyBytes = 32;

    /// <summary>A new key, URL-safe Base64 without padding (43 characters).</summary>
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The lookup hash of a key: lower-case hex SHA-256 of its UTF-8 bytes.</summary>
    /// <param name="apiKey">The key as the client sent it.</param>
    public static string LookupHash(string apiKey)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)));
    }

    /// <summary>Compares two lookup hashes in constant time.</summary>
    /// <param name="expected">The stored hash.</param>
    /// <param name="actual">The hash of the presented key.</param>
    public static bool HashesMatch(string expected, string actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(actual));
    }
}
