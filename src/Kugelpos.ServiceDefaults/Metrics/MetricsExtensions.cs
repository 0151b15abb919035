using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Kugelpos.ServiceDefaults.Metrics;

/// <summary>OpenTelemetry metrics with a Prometheus scrape endpoint.</summary>
internal static class MetricsExtensions
{
    public static void AddKugelposMetrics(this WebApplicationBuilder builder, ServiceIdentity identity)
    {
        builder.Services.TryAddSingleton<KugelposEventMetrics>();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(identity.Name, serviceVersion: identity.Version))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(KugelposMeters.Prefix + "*")
                .AddPrometheusExporter());
    }

    public static void MapKugelposMetrics(this WebApplication app) =>
        app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
}
