using System.Text;
using Kugelpos.Account.Tenants;
using Kugelpos.Account.Users;
using Kugelpos.ServiceDefaults.Errors;

namespace Kugelpos.Account.Registration;

/// <summary>
/// What a new account must satisfy. Each failure is a 422 naming the field; the messages never
/// repeat the submitted value.
/// </summary>
internal static class UserAccountRules
{
    /// <summary>The longest username.</summary>
    public const int MaxUsernameLength = 100;

    /// <summary>The username and password of a valid request.</summary>
    public static (string Username, string Password) Credentials(UserAccountRequest request)
    {
        var username = request.Username;
        if (string.IsNullOrWhiteSpace(username))
        {
            throw KugelposException.InvalidField("username", "username is required and must not be blank");
        }

        if (username.Length > MaxUsernameLength)
        {
            throw KugelposException.InvalidField("username", $"username must be at most {MaxUsernameLength} characters");
        }

        if (username.Any(char.IsControl))
        {
            throw KugelposException.InvalidField("username", "username must not contain control characters");
        }

        var password = request.Password;
        if (string.IsNullOrEmpty(password))
        {
            throw KugelposException.InvalidField("password", "password is required");
        }

        // bcrypt would silently ignore the rest; refusing is honest about it.
        if (Encoding.UTF8.GetByteCount(password) > PasswordHasher.MaxPasswordBytes)
        {
            throw KugelposException.InvalidField("password", $"password must be at most {PasswordHasher.MaxPasswordBytes} bytes in UTF-8");
        }

        return (username, password);
    }

    /// <summary>
    /// The tenant id the client asked for, or null to generate one. An empty string counts as
    /// absent, as it did for the original.
    /// </summary>
    public static string? RequestedTenantId(UserAccountRequest request)
    {
        var tenantId = request.TenantId;
        if (string.IsNullOrEmpty(tenantId))
        {
            return null;
        }

        return TenantIds.IsValid(tenantId)
            ? tenantId
            : throw KugelposException.InvalidField(
                "tenantId", $"tenantId must be 1 to {TenantIds.MaxLength} letters, digits or '_'");
    }
}
