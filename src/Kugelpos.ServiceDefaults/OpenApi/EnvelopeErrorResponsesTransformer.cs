using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Kugelpos.ServiceDefaults.OpenApi;

/// <summary>
/// Describes the error answers the shared pipeline gives every endpoint, each in the Kugelpos
/// envelope (schema <c>ApiResponse</c>, as the original names it): 500 always, 400 and 422 where
/// the request carries input, 401 and 403 where authorization is required. A response the
/// endpoint describes itself is left as it is.
/// </summary>
internal sealed class EnvelopeErrorResponsesTransformer : IOpenApiOperationTransformer
{
    public const string SchemaName = "ApiResponse";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document;
        if (document is null)
        {
            return;
        }

        if (document.Components?.Schemas?.ContainsKey(SchemaName) != true)
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(ApiResponse<object>), null, cancellationToken);
            document.AddComponent(SchemaName, schema);
        }

        operation.Responses ??= [];
        var takesInput = operation.RequestBody is not null || operation.Parameters is { Count: > 0 };
        if (takesInput)
        {
            Describe(operation, document, StatusCodes.Status400BadRequest, "Bad request: the body or a parameter could not be read");
            Describe(operation, document, StatusCodes.Status422UnprocessableEntity, "Validation failed: the envelope names each field");
        }

        if (EndpointAuthorization.IsRequired(context.Description))
        {
            Describe(operation, document, StatusCodes.Status401Unauthorized, "Unauthorized: no valid bearer token");
            Describe(operation, document, StatusCodes.Status403Forbidden, "Forbidden: the token does not allow this");
        }

        Describe(operation, document, StatusCodes.Status500InternalServerError, "Internal server error");
    }

    private static void Describe(OpenApiOperation operation, OpenApiDocument document, int status, string description) =>
        operation.Responses!.TryAdd(status.ToString(System.Globalization.CultureInfo.InvariantCulture), new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                ["application/json"] = new() { Schema = new OpenApiSchemaReference(SchemaName, document) },
            },
        });
}
