using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Kugelpos.ServiceDefaults.OpenApi;

/// <summary>
/// Marks every endpoint that requires authorization with the Kugelpos JWT bearer scheme, and adds
/// the scheme to the document with the first such endpoint, so a service without protected
/// endpoints declares no scheme it does not use.
/// </summary>
internal sealed class BearerSecurityTransformer : IOpenApiOperationTransformer
{
    public const string SchemeName = "Bearer";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document;
        if (document is null || !EndpointAuthorization.IsRequired(context.Description))
        {
            return Task.CompletedTask;
        }

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes.TryAdd(SchemeName, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "An HS256 Kugelpos JWT naming the tenant (tenant_id), as POST /api/v1/accounts/token issues it.",
        });
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(SchemeName, document)] = [],
        });
        return Task.CompletedTask;
    }
}
