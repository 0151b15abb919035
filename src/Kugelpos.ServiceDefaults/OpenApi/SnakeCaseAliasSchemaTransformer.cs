using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Kugelpos.ServiceDefaults.OpenApi;

/// <summary>
/// Keeps each schema camelCase only: the write-only snake_case aliases the JSON policy adds
/// (<see cref="SnakeCaseAliases"/>) would otherwise show as second properties of every request
/// body. The schema says instead that the snake_case spellings are accepted too.
/// </summary>
internal sealed class SnakeCaseAliasSchemaTransformer : IOpenApiSchemaTransformer
{
    public const string Note = "Each property may also be sent in snake_case (e.g. tenant_id for tenantId); the camelCase value wins when both are sent.";

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var aliases = context.JsonTypeInfo.Properties.Where(SnakeCaseAliases.IsAlias).Select(alias => alias.Name).ToList();
        if (aliases.Count == 0 || schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        foreach (var alias in aliases)
        {
            schema.Properties.Remove(alias);
            schema.Required?.Remove(alias);
        }

        schema.Description = string.IsNullOrEmpty(schema.Description) ? Note : schema.Description + " " + Note;
        return Task.CompletedTask;
    }
}
