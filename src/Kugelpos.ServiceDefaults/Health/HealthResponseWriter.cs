using System.Globalization;
using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kugelpos.ServiceDefaults.Health;

/// <summary>Renders an ASP.NET Core health report as the Kugelpos <see cref="HealthCheckResponse"/>.</summary>
internal static class HealthResponseWriter
{
    private const string ComponentKey = "component";

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var identity = context.RequestServices.GetRequiredService<ServiceIdentity>();
        var time = context.RequestServices.GetRequiredService<TimeProvider>();
        var checks = report.Entries.ToDictionary(e => e.Key, e => ToComponent(e.Value), StringComparer.Ordinal);
        var body = new HealthCheckResponse(
            ToStatus(report.Status),
            time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            identity.Name,
            identity.Version,
            checks);
        return context.Response.WriteAsJsonAsync(body, KugelposJson.Options, context.RequestAborted);
    }

    private static ComponentHealth ToComponent(HealthReportEntry entry)
    {
        var status = ToStatus(entry.Status);
        var details = entry.Data
            .Where(pair => pair.Key != ComponentKey)
            .ToDictionary(pair => pair.Key, pair => (object?)pair.Value, StringComparer.Ordinal);

        // The description is written by the check's author; an exception message may carry
        // internals (hosts, connection strings), so it stays in the logs.
        var error = status == KugelposHealthStatus.Unhealthy ? entry.Description ?? "Check failed" : null;
        return new ComponentHealth(
            status,
            (long)Math.Round(entry.Duration.TotalMilliseconds),
            details.Count == 0 ? null : details,
            error,
            entry.Data.TryGetValue(ComponentKey, out var component) ? component?.ToString() : null);
    }

    private static KugelposHealthStatus ToStatus(HealthStatus status) =>
        status == HealthStatus.Unhealthy ? KugelposHealthStatus.Unhealthy : KugelposHealthStatus.Healthy;
}
