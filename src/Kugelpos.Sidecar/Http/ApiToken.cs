using System.Security.Cryptography;
using System.Text;

namespace Kugelpos.Sidecar.Http;

/// <summary>
/// The configured <c>DAPR_API_TOKEN</c>. Compared in constant time so the answer's timing tells
/// an attacker nothing about the token.
/// </summary>
public sealed class ApiToken(string token)
{
    private readonly byte[] _expected = Encoding.UTF8.GetBytes(token);

    /// <summary>True when <paramref name="presented"/> is the configured token.</summary>
    public bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _expected);
}
