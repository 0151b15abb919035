using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Scalar.AspNetCore;

namespace Kugelpos.ServiceDefaults.OpenApi;

/// <summary>
/// The OpenAPI document at <c>/openapi.json</c> and the interactive reference at <c>/docs</c>,
/// where POS developers find them on the original's FastAPI services.
/// </summary>
public static class OpenApiExtensions
{
    /// <summary>Where every service serves its OpenAPI document.</summary>
    public const string DocumentPath = "/openapi.json";

    /// <summary>Where every service serves its interactive API reference.</summary>
    public const string ReferencePath = "/docs";

    /// <summary>
    /// Registers ASP.NET Core's OpenAPI generator for the service's one document: titled with the
    /// service's name and version, the Kugelpos envelope as the error responses, the JWT bearer
    /// scheme on the endpoints that require it, the health and metrics endpoints the generator
    /// cannot see on its own, and request schemas in camelCase only (snake_case noted as accepted).
    /// </summary>
    /// <param name="services">The service collection.</param>
    public static IServiceCollection AddKugelposOpenApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<ServiceInfoTransformer>();
            options.AddDocumentTransformer<OperationalPathsTransformer>();
            options.AddOperationTransformer<BearerSecurityTransformer>();
            options.AddOperationTransformer<EnvelopeErrorResponsesTransformer>();
            options.AddSchemaTransformer<SnakeCaseAliasSchemaTransformer>();
        });
        return services;
    }

    /// <summary>
    /// Maps <see cref="DocumentPath"/> and <see cref="ReferencePath"/>, both anonymous. Neither
    /// carries the Dapr app-token requirement, so the sidecar's check never guards them.
    /// </summary>
    /// <param name="app">The application's endpoints.</param>
    public static IEndpointRouteBuilder MapKugelposOpenApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var title = ServiceInfoTransformer.TitleOf(app.ServiceProvider.GetRequiredService<ServiceIdentity>());
        app.MapOpenApi(DocumentPath).AllowAnonymous();
        app.MapScalarApiReference(ReferencePath, options => options
                .WithTitle(title)
                .WithOpenApiRoutePattern(DocumentPath)
                .DisableTelemetry())
            .AllowAnonymous();
        return app;
    }
}
