using BCrypt.Net;
using Microsoft.Extensions.Options;
using BCryptHash = BCrypt.Net.BCrypt;

namespace Kugelpos.Account.Users;

/// <summary>
/// bcrypt, as the original (passlib) used it: new hashes are <c>$2b$</c> with the configured work
/// factor, and hashes migrated from the original verify unchanged.
/// </summary>
internal sealed class PasswordHasher
{
    /// <summary>bcrypt reads only this many bytes of a password.</summary>
    public const int MaxPasswordBytes = 72;

    private const char HashRevision = 'b';

    private readonly int _workFactor;
    private readonly Lazy<string> _dummyHash;

    public PasswordHasher(IOptions<AccountOptions> options)
    {
        _workFactor = options.Value.PasswordWorkFactor;
        _dummyHash = new Lazy<string>(() => Hash(Guid.NewGuid().ToString("N")));
    }

    /// <summary>A new salted hash of the password.</summary>
    public string Hash(string password) =>
        BCryptHash.HashPassword(password, BCryptHash.GenerateSalt(_workFactor, HashRevision));

    /// <summary>True when the password matches the hash; false for a hash that is not bcrypt.</summary>
    public static bool Verify(string password, string hash)
    {
        try
        {
            return BCryptHash.Verify(password, hash);
        }
        catch (SaltParseException)
        {
            return false;
        }
    }

    /// <summary>
    /// Costs what <see cref="Verify"/> costs and always fails: used when there is no user to check,
    /// so the response time does not tell which usernames exist.
    /// </summary>
    public bool VerifyNobody(string password)
    {
        _ = BCryptHash.Verify(password, _dummyHash.Value);
        return false;
    }
}
