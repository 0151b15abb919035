namespace Kugelpos.ServiceDefaults.Security;

/// <summary>
/// Where the key ring that encrypts stored secrets (terminal API keys, staff PINs) lives, bound from
/// <c>Kugelpos:DataProtection</c>. Every replica of a service must read the same key ring, or a secret
/// written by one cannot be read back by another.
/// </summary>
public sealed class SecretProtectionOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Kugelpos:DataProtection";

    /// <summary>
    /// The folder of the key ring (<c>Kugelpos:DataProtection:KeyPath</c>); on Kubernetes a mounted
    /// volume or secret. Relative paths are taken from the working directory. Losing it makes stored
    /// API keys and PINs unreadable (they still verify: verification uses their hash).
    /// </summary>
    public string KeyPath { get; set; } = "data/keys";

    /// <summary>
    /// The Data Protection application name; services that share a key ring and this name can read
    /// each other's protected values, which no Kugelpos service needs, so each keeps its own purpose.
    /// </summary>
    public string ApplicationName { get; set; } = "kugelpos";
}
