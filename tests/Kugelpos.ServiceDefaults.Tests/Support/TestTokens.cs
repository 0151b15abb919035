using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kugelpos.ServiceDefaults.Tests.Support;

/// <summary>Hand-made tokens for the cases the issuer refuses to make (foreign secret, no tenant).</summary>
internal static class TestTokens
{
    public const string Secret = "kugelpos-test-secret-with-more-than-32-bytes";

    public static string Create(string secret, IDictionary<string, object> claims, DateTime expires, DateTime issuedAt)
    {
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            IssuedAt = issuedAt,
            Expires = expires,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)), SecurityAlgorithms.HmacSha256),
        });
    }
}
