using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Health;
using Kugelpos.ServiceDefaults.Logging;
using Kugelpos.ServiceDefaults.Metrics;
using Kugelpos.ServiceDefaults.OpenApi;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kugelpos.ServiceDefaults;

/// <summary>
/// The two calls every Kugelpos service makes: <c>builder.AddServiceDefaults()</c> and
/// <c>app.MapServiceDefaults()</c>.
/// </summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>
    /// Registers Serilog (masked, JSON in containers), the envelope JSON conventions and error
    /// handling, health checks and OpenTelemetry metrics (with <see cref="KugelposEventMetrics"/>).
    /// Services add their own checks with <c>builder.Services.AddHealthChecks().AddCheck(...)</c>,
    /// tagging readiness dependencies with <see cref="HealthTags.Ready"/>.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var identity = ServiceIdentity.From(builder.Configuration, builder.Environment);
        var services = builder.Services;
        services.TryAddSingleton(identity);
        services.TryAddSingleton(TimeProvider.System);

        builder.AddKugelposLogging(identity);

        services.ConfigureHttpJsonOptions(options => KugelposJson.Apply(options.SerializerOptions));

        // Bad bodies must reach the exception handler to get an envelope instead of a bare 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        // Ahead of AddProblemDetails: the first writer that accepts a problem writes it.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IProblemDetailsWriter, EnvelopeProblemDetailsWriter>());
        services.AddProblemDetails();

        services.AddHealthChecks();
        builder.AddKugelposMetrics(identity);
        services.AddKugelposOpenApi();
        return builder;
    }

    /// <summary>
    /// Adds the shared middleware (request logging, exception and status-code envelopes, routing,
    /// authentication and authorization when registered, the Dapr app-token check) and maps
    /// <c>/health</c>, <c>/health/live</c>, <c>/health/ready</c> and <c>/metrics</c>. Call it
    /// before mapping the service's own endpoints.
    /// </summary>
    /// <param name="app">The built application.</param>
    public static WebApplication MapServiceDefaults(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Outermost, so the request log records the status the client finally received.
        app.UseKugelposRequestLogging();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = ExceptionEnvelopeResponder.RespondAsync,

            // The responder logs what deserves logging, without the framework's duplicate entry.
            SuppressDiagnosticsCallback = _ => true,
        });
        app.UseStatusCodePages(StatusCodeEnvelopeResponder.RespondAsync);

        // Explicit, so the checks below always see the matched endpoint and its metadata.
        app.UseRouting();
        if (app.Services.GetService<IAuthenticationSchemeProvider>() is not null)
        {
            app.UseAuthentication();
        }

        if (app.Services.GetService<IAuthorizationPolicyProvider>() is not null)
        {
            app.UseAuthorization();
        }

        app.UseMiddleware<DaprAppTokenMiddleware>();

        app.MapKugelposHealth();
        app.MapKugelposMetrics();
        app.MapKugelposOpenApi();
        return app;
    }
}
