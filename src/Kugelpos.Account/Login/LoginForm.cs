using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.Account.Login;

/// <summary>
/// The OAuth2 password form of <c>POST /api/v1/accounts/token</c>: <c>username</c>, <c>password</c>
/// and <c>client_id</c>, which carries the tenant id. <c>grant_type</c> must be <c>password</c> when
/// given; <c>scope</c> and <c>client_secret</c> are ignored, as by the original.
/// </summary>
/// <param name="Username">The login name.</param>
/// <param name="Password">The password as typed.</param>
/// <param name="TenantId">The tenant, from <c>client_id</c>.</param>
internal sealed record LoginForm(string Username, string Password, string TenantId)
{
    /// <summary>Reads and checks the form; a missing or malformed field is a 422 naming it.</summary>
    public static async Task<LoginForm> ReadAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            throw new KugelposException(
                StatusCodes.Status415UnsupportedMediaType,
                KugelposErrorCodes.InvalidFieldFormat,
                "The request body must be a form (Content-Type: application/x-www-form-urlencoded)",
                "body");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException ex)
        {
            throw new KugelposException(
                StatusCodes.Status400BadRequest, KugelposErrorCodes.ValidationError, "The form could not be read", "body", ex);
        }

        var grantType = Value(form, "grant_type");
        if (!string.IsNullOrEmpty(grantType) && grantType != "password")
        {
            throw KugelposException.InvalidField("grant_type", "grant_type must be 'password'");
        }

        var username = Required(form, "username");
        var password = Required(form, "password");
        var tenantId = Required(form, "client_id");
        if (!DocumentStore.TenantId.IsValid(tenantId))
        {
            throw KugelposException.InvalidField("client_id", $"client_id (the tenant id) must be {DocumentStore.TenantId.RuleText}");
        }

        return new LoginForm(username, password, tenantId);
    }

    /// <summary>Without the password, so a logged form cannot leak it.</summary>
    public override string ToString() => $"LoginForm {{ Username = {Username}, TenantId = {TenantId} }}";

    private static string Required(IFormCollection form, string field)
    {
        var value = Value(form, field);
        return string.IsNullOrEmpty(value) ? throw KugelposException.InvalidField(field, $"{field} is required") : value;
    }

    private static string? Value(IFormCollection form, string field) =>
        form.TryGetValue(field, out var values) && values.Count > 0 ? values[0] : null;
}
