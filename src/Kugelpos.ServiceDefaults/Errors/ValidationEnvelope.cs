using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.ServiceDefaults.Errors;

/// <summary>The 422 envelope naming each rejected field, whichever validator found them.</summary>
internal static class ValidationEnvelope
{
    public const string UserMessage = "Invalid input data";

    public static ApiResponse<object?> Create(IReadOnlyList<FieldError> errors, string? operation)
    {
        var detail = string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"));
        return ErrorEnvelope.Create(
            StatusCodes.Status422UnprocessableEntity,
            KugelposErrorCodes.ValidationError,
            $"{UserMessage}: {detail}",
            UserMessage,
            errors,
            operation);
    }
}
