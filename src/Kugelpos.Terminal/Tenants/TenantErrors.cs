using Kugelpos.ServiceDefaults.Errors;

namespace Kugelpos.Terminal.Tenants;

/// <summary>The tenant errors, with the original's codes and messages (its 400 for a duplicate is a 409 here).</summary>
internal static class TenantErrors
{
    public static KugelposException NotFound(string tenantId) =>
        new(StatusCodes.Status404NotFound, TerminalErrorCodes.TenantNotFound, $"Tenant Info Not found. tenant_id->{tenantId}", "tenant_id");

    public static KugelposException AlreadyExists(string tenantId, Exception cause) =>
        new(StatusCodes.Status409Conflict, TerminalErrorCodes.TenantAlreadyExists, $"Tenant already exists. tenant_id->{tenantId}", "tenantId", cause);

    // The original's own check, and its 400 (as master data's): the body names another tenant than the token.
    public static KugelposException NotTheCallersTenant(string requested, string callers) =>
        new(StatusCodes.Status400BadRequest, ServiceDefaults.Responses.KugelposErrorCodes.ValidationError,
            $"tenant_id: {requested} does not match tenant_id: {callers}", "tenantId");

    public static KugelposException SetupFailed(string tenantId, TenantSetupTarget target) =>
        new(StatusCodes.Status503ServiceUnavailable, target.ErrorCode,
            $"The {target.AppId} service cannot set up tenant {tenantId} now; try again later");
}
