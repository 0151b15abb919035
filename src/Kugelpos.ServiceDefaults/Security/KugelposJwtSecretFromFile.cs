using Microsoft.Extensions.Options;

namespace Kugelpos.ServiceDefaults.Security;

/// <summary>
/// Fills <see cref="KugelposJwtOptions.Secret"/> from <see cref="KugelposJwtOptions.SecretFile"/> when
/// only the file is configured. A file that cannot be read fails start-up naming the setting.
/// </summary>
internal sealed class KugelposJwtSecretFromFile : IPostConfigureOptions<KugelposJwtOptions>
{
    public void PostConfigure(string? name, KugelposJwtOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Secret) || string.IsNullOrWhiteSpace(options.SecretFile))
        {
            return;
        }

        try
        {
            options.Secret = KugelposJwtSecretFile.ReadOrCreate(options.SecretFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OptionsValidationException(
                name ?? Options.DefaultName,
                typeof(KugelposJwtOptions),
                [$"{KugelposJwtOptions.SectionName}:SecretFile '{options.SecretFile}' cannot be read or created: {e.Message}"]);
        }
    }
}
