using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Kugelpos.ServiceDefaults.Security;

/// <summary>The HS256 key derived from the configured secret, the same way for issuing and validating.</summary>
internal static class KugelposSigningKey
{
    public static SymmetricSecurityKey From(KugelposJwtOptions options) =>
        new(Encoding.UTF8.GetBytes(options.Secret
            ?? throw new InvalidOperationException($"{KugelposJwtOptions.SectionName}:Secret is not set.")));
}
