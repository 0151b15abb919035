using Kugelpos.ServiceDefaults.Health;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Kugelpos.ServiceDefaults.OpenApi;

/// <summary>
/// Describes the health and metrics endpoints. They are mapped by the health-check and Prometheus
/// middleware, which the generator does not see; the original's document lists <c>/health</c>, so
/// ours must too. Only paths the application really maps are added.
/// </summary>
internal sealed class OperationalPathsTransformer : IOpenApiDocumentTransformer
{
    public const string HealthSchemaName = "HealthCheckResponse";

    private const string OperationalTag = "operations";

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var mapped = MappedPaths(context.ApplicationServices);
        document.Paths ??= [];
        if (mapped.Contains("/health") || mapped.Contains("/health/live") || mapped.Contains("/health/ready"))
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(HealthCheckResponse), null, cancellationToken);
            document.AddComponent(HealthSchemaName, schema);
        }

        AddHealth(document, mapped, "/health", "Health of the service and each dependency; always 200, the status is in the body, as in the original", unhealthyStatus: null);
        AddHealth(document, mapped, "/health/live", "Liveness probe: the process answers; runs no check", unhealthyStatus: null);
        AddHealth(document, mapped, "/health/ready", "Readiness probe: 503 while a dependency the service needs is unhealthy", StatusCodes.Status503ServiceUnavailable);
        if (mapped.Contains("/metrics"))
        {
            document.Paths["/metrics"] = Get("Prometheus metrics", new OpenApiResponses
            {
                ["200"] = new OpenApiResponse
                {
                    Description = "The Prometheus text exposition format",
                    Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                    {
                        ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                    },
                },
            });
        }
    }

    private static HashSet<string> MappedPaths(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(endpoint => "/" + endpoint.RoutePattern.RawText?.TrimStart('/'))
            .ToHashSet(StringComparer.Ordinal);

    private static void AddHealth(OpenApiDocument document, HashSet<string> mapped, string path, string summary, int? unhealthyStatus)
    {
        if (!mapped.Contains(path))
        {
            return;
        }

        var responses = new OpenApiResponses
        {
            ["200"] = HealthResponse(document, "The service's health"),
        };
        if (unhealthyStatus is { } status)
        {
            responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = HealthResponse(document, "A dependency is unhealthy");
        }

        document.Paths[path] = Get(summary, responses);
    }

    private static OpenApiResponse HealthResponse(OpenApiDocument document, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
        {
            ["application/json"] = new() { Schema = new OpenApiSchemaReference(HealthSchemaName, document) },
        },
    };

    private static OpenApiPathItem Get(string summary, OpenApiResponses responses) => new()
    {
        Operations = new Dictionary<HttpMethod, OpenApiOperation>
        {
            [HttpMethod.Get] = new()
            {
                Summary = summary,
                Tags = new HashSet<OpenApiTagReference> { new(OperationalTag) },
                Responses = responses,
            },
        },
    };
}
