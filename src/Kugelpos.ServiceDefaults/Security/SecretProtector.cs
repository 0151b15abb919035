using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Kugelpos.ServiceDefaults.Security;

/// <summary>
/// Encrypts secrets that must be shown again later (a terminal's API key to its tenant's
/// provisioning tools, a staff PIN to the tenant's back office) with ASP.NET Core Data Protection.
/// Registered by <c>AddKugelposSecretProtection</c>; one purpose per kind of secret, so a value
/// protected as one kind never unprotects as another.
/// </summary>
public sealed class SecretProtector
{
    private readonly IDataProtectionProvider _provider;

    /// <summary>Creates the protector over the configured key ring.</summary>
    /// <param name="provider">Data Protection, as configured by <c>AddKugelposSecretProtection</c>.</param>
    public SecretProtector(IDataProtectionProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _provider = provider;
    }

    /// <summary>The encrypted form of <paramref name="secret"/>, safe to store.</summary>
    /// <param name="purpose">The kind of secret, e.g. <see cref="SecretPurposes.TerminalApiKey"/>.</param>
    /// <param name="secret">The plain secret.</param>
    public string Protect(string purpose, string secret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        ArgumentNullException.ThrowIfNull(secret);
        return _provider.CreateProtector(purpose).Protect(secret);
    }

    /// <summary>
    /// The plain secret, or null when it cannot be read back (the key ring that protected it is gone
    /// or the value was tampered with); callers then answer without it rather than fail.
    /// </summary>
    /// <param name="purpose">The kind of secret it was protected as.</param>
    /// <param name="protectedSecret">The stored, encrypted form.</param>
    public string? TryUnprotect(string purpose, string protectedSecret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        ArgumentNullException.ThrowIfNull(protectedSecret);
        try
        {
            return _provider.CreateProtector(purpose).Unprotect(protectedSecret);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
