using System.Globalization;
using System.Security.Cryptography;

namespace Kugelpos.Account.Tenants;

/// <summary>
/// Proposes tenant ids in the original's format, one capital letter and a number from 1000 to 9999 (<c>A1234</c>).
/// Only a proposal: the registry decides whether it is still free.
/// </summary>
internal class TenantIdGenerator
{
    /// <summary>A random id such as <c>K4271</c>.</summary>
    public virtual string Next()
    {
        var letter = (char)('A' + RandomNumberGenerator.GetInt32(26));
        var number = RandomNumberGenerator.GetInt32(1_000, 10_000);
        return string.Create(CultureInfo.InvariantCulture, $"{letter}{number}");
    }
}
