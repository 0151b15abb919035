using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.ServiceDefaults.Errors;

/// <summary>The Kugelpos error code and user message for a bare HTTP error status.</summary>
internal static class StatusCodeErrors
{
    public static (string Code, string Message) Describe(int statusCode) => statusCode switch
    {
        StatusCodes.Status401Unauthorized => (KugelposErrorCodes.AuthenticationError, "Authentication failed"),
        StatusCodes.Status403Forbidden => (KugelposErrorCodes.AuthorizationError, "Permission denied"),
        StatusCodes.Status404NotFound => (KugelposErrorCodes.ResourceNotFound, "Resource not found"),
        StatusCodes.Status405MethodNotAllowed => (KugelposErrorCodes.GeneralError, "Method not allowed"),
        StatusCodes.Status415UnsupportedMediaType => (KugelposErrorCodes.InvalidFieldFormat, BindingFailure.UnsupportedMediaType),
        StatusCodes.Status422UnprocessableEntity => (KugelposErrorCodes.ValidationError, "Invalid input data"),
        >= 500 => (KugelposErrorCodes.SystemError, "System error occurred"),
        _ => (KugelposErrorCodes.GeneralError, "General error occurred"),
    };
}
