using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Kugelpos.ServiceDefaults;

/// <summary>
/// Name and version the service reports in health responses, logs and metrics.
/// From <c>Kugelpos:ServiceName</c> / <c>Kugelpos:ServiceVersion</c>, else the service's own name
/// (its Dapr app id) and the entry assembly's informational version.
/// </summary>
/// <param name="Name">Service name, e.g. <c>cart</c>.</param>
/// <param name="Version">Service version, e.g. <c>1.0.0</c>.</param>
public sealed record ServiceIdentity(string Name, string Version)
{
    internal static ServiceIdentity From(IConfiguration configuration, string defaultName)
    {
        var name = configuration["Kugelpos:ServiceName"];
        var version = configuration["Kugelpos:ServiceVersion"];
        return new ServiceIdentity(
            string.IsNullOrWhiteSpace(name) ? defaultName : name,
            string.IsNullOrWhiteSpace(version) ? EntryAssemblyVersion() : version);
    }

    private static string EntryAssemblyVersion()
    {
        var informational = Assembly.GetEntryAssembly()
            ?.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrWhiteSpace(informational))
        {
            return "1.0.0";
        }

        // Source-link builds append "+<commit>"; the contract wants the plain version.
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
