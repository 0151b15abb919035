using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Kugelpos.ServiceDefaults.OpenApi;

/// <summary>
/// Marks every endpoint that requires authorization with the Kugelpos JWT bearer scheme, and those
/// behind the Tenant policy, in a service that checks terminal keys, also with the terminal's
/// <c>X-API-KEY</c> as an alternative (named <c>APIKeyHeader</c>, as in the original's documents).
/// Each scheme is added to the document with the first endpoint using it, so a service declares no
/// scheme it does not use.
/// </summary>
internal sealed class BearerSecurityTransformer : IOpenApiOperationTransformer
{
    public const string SchemeName = "Bearer";
    public const string ApiKeySchemeName = "APIKeyHeader";

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
        if (EndpointAuthorization.TakesTerminalKey(context.Description) && TakesTerminalKeys(context.ApplicationServices))
        {
            document.Components.SecuritySchemes.TryAdd(ApiKeySchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = TerminalKeyAuthentication.HeaderName,
                Description = "A terminal's API key, with the terminal named by terminal_id (the path's, else the query parameter).",
            });
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(ApiKeySchemeName, document)] = [],
            });
        }

        return Task.CompletedTask;
    }

    // A service without a verifier refuses every key, so its document does not offer them.
    private static bool TakesTerminalKeys(IServiceProvider services) =>
        services.GetService<IServiceProviderIsService>()?.IsService(typeof(ITerminalKeyVerifier)) == true;
}
