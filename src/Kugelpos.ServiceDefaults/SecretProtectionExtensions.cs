using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kugelpos.ServiceDefaults;

/// <summary>Encryption at rest of the secrets a service must be able to show again.</summary>
public static class SecretProtectionExtensions
{
    /// <summary>
    /// Adds Data Protection with its key ring in <c>Kugelpos:DataProtection:KeyPath</c> (default
    /// <c>data/keys</c>) and the <see cref="SecretProtector"/>.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    public static WebApplicationBuilder AddKugelposSecretProtection(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new SecretProtectionOptions();
        builder.Configuration.GetSection(SecretProtectionOptions.SectionName).Bind(options);
        builder.Services.AddDataProtection()
            .SetApplicationName(options.ApplicationName)
            .PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(options.KeyPath)));
        builder.Services.TryAddSingleton<SecretProtector>();
        return builder;
    }
}
