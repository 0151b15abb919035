using System.ComponentModel.DataAnnotations;
using Kugelpos.Account.Users;
using Kugelpos.Account.Validation;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.Account.Registration;

/// <summary>
/// The body of both registration endpoints (OpenAPI schema <c>UserAccount</c>), in camelCase or
/// snake_case (<c>tenant_id</c>). Every rule is checked before the handler runs and every broken one
/// is reported; the messages never repeat the submitted value.
/// </summary>
public sealed record UserAccountRequest
{
    /// <summary>The longest username.</summary>
    public const int MaxUsernameLength = 100;

    /// <summary>The login name (required, not blank, no control characters).</summary>
    [Required(ErrorMessage = "username is required and must not be blank")]
    [StringLength(MaxUsernameLength, ErrorMessage = "username must be at most {1} characters")]
    [NoControlCharacters]
    public string? Username { get; init; }

    /// <summary>The password (required); only its hash is kept. bcrypt would silently ignore bytes past 72, so they are refused.</summary>
    [Required(AllowEmptyStrings = true, ErrorMessage = "password is required")]
    [MinLength(1, ErrorMessage = "password is required")]
    [MaxUtf8Bytes(PasswordHasher.MaxPasswordBytes)]
    public string? Password { get; init; }

    /// <summary>For <c>/register</c>, the tenant to create; generated when absent or empty. Ignored by <c>/register/user</c>.</summary>
    [TenantId]
    public string? TenantId { get; init; }

    /// <summary>The tenant id the client asked for, or null to generate one (an empty string counts as absent, as for the original).</summary>
    internal string? RequestedTenantId => string.IsNullOrEmpty(TenantId) ? null : TenantId;

    /// <summary>The username and password; a request without them was refused before reaching the handler.</summary>
    internal (string Username, string Password) Credentials =>
        Username is { } username && Password is { } password
            ? (username, password)
            : throw new InvalidOperationException("The request reached the handler without being validated.");

    /// <summary>Without the password, so a logged request cannot leak it.</summary>
    public override string ToString() => $"UserAccountRequest {{ Username = {Username}, TenantId = {TenantId} }}";
}
