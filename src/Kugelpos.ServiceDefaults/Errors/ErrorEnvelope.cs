using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kugelpos.ServiceDefaults.Errors;

/// <summary>Builds and writes the error envelope for every error path of the pipeline.</summary>
internal static class ErrorEnvelope
{
    public static ApiResponse<object?> Create(
        int statusCode, string errorCode, string message, string userMessage, object? data, string? operation) =>
        new(false, statusCode, message, new UserError(errorCode, userMessage), data, null, operation);

    public static Task WriteAsync(HttpContext context, ApiResponse<object?> envelope)
    {
        var response = context.Response;
        response.StatusCode = envelope.Code;
        var options = context.RequestServices.GetService<IOptions<JsonOptions>>()?.Value.SerializerOptions
            ?? KugelposJson.Options;
        return response.WriteAsJsonAsync(envelope, options, context.RequestAborted);
    }

    /// <summary>The endpoint name when the handler has one, else a fixed name for the error path.</summary>
    public static string OperationName(HttpContext context, string fallback)
    {
        // The exception handler clears the endpoint before it runs; the feature keeps the original.
        var endpoint = context.GetEndpoint() ?? context.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        return endpoint?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? fallback;
    }
}
