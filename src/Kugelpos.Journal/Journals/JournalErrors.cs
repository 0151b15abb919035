using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.Journal.Journals;

/// <summary>The envelopes of refused journal requests.</summary>
internal static class JournalErrors
{
    /// <summary>A write for a tenant never prepared: nothing is stored (ours; the original wrote into a database nobody set up).</summary>
    public static KugelposException UnknownTenant(string tenantId) => new(
        StatusCodes.Status404NotFound,
        KugelposErrorCodes.ResourceNotFound,
        $"Tenant not found: {tenantId}; prepare it with POST /api/v1/tenants",
        "tenant_id");

    /// <summary>A body value that differs from the path's.</summary>
    public static KugelposException PathMismatch(string field, string path) => new(
        StatusCodes.Status400BadRequest,
        KugelposErrorCodes.ValidationError,
        $"{field} in the body must be the path's {path}",
        field);

    /// <summary>A query or body value that is not in its format.</summary>
    public static KugelposException BadFormat(string field, string format) => new(
        StatusCodes.Status422UnprocessableEntity,
        KugelposErrorCodes.InvalidFieldFormat,
        $"{field} must be {format}",
        field);
}
