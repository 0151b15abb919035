using System.Text;
using Microsoft.Extensions.Options;

namespace Kugelpos.ServiceDefaults.Security;

/// <summary>Fails start-up with a message naming the setting when the JWT settings are unusable.</summary>
internal sealed class KugelposJwtOptionsValidator : IValidateOptions<KugelposJwtOptions>
{
    // HS256 keys shorter than the hash output weaken the MAC; IdentityModel refuses them too.
    public const int MinimumSecretBytes = 32;

    public ValidateOptionsResult Validate(string? name, KugelposJwtOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Secret))
        {
            failures.Add($"{KugelposJwtOptions.SectionName}:Secret is not set; configure an HS256 signing secret of at least {MinimumSecretBytes} bytes, or {KugelposJwtOptions.SectionName}:SecretFile to keep it in a file.");
        }
        else if (Encoding.UTF8.GetByteCount(options.Secret) < MinimumSecretBytes)
        {
            failures.Add($"{KugelposJwtOptions.SectionName}:Secret is {Encoding.UTF8.GetByteCount(options.Secret)} bytes; HS256 needs at least {MinimumSecretBytes}.");
        }

        if (options.TokenLifetime <= TimeSpan.Zero)
        {
            failures.Add($"{KugelposJwtOptions.SectionName}:TokenLifetime must be positive.");
        }

        if (options.ClockSkew < TimeSpan.Zero)
        {
            failures.Add($"{KugelposJwtOptions.SectionName}:ClockSkew must not be negative.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
