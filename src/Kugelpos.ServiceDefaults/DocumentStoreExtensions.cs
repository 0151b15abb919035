using Kugelpos.DocumentStore.Configuration;
using Kugelpos.ServiceDefaults.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Kugelpos.ServiceDefaults;

/// <summary>The document store as every service uses it.</summary>
public static class DocumentStoreExtensions
{
    /// <summary>
    /// Registers the document store from <c>Kugelpos:DocumentStore</c> and its readiness check, which
    /// <c>GET /health</c> lists as <c>mongodb</c> on MongoDB (as the original does) or <c>litedb</c> on LiteDB.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    public static WebApplicationBuilder AddKugelposDocumentStore(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddKugelposDocumentStore(builder.Configuration);

        // The name depends on the configured backend, known only once options are bound.
        builder.Services.AddHealthChecks();
        builder.Services.AddOptions<HealthCheckServiceOptions>()
            .Configure<IOptions<DocumentStoreOptions>>((health, store) => health.Registrations.Add(
                new HealthCheckRegistration(
                    DocumentStoreHealthCheck.NameFor(store.Value.Backend),
                    services => ActivatorUtilities.CreateInstance<DocumentStoreHealthCheck>(services),
                    failureStatus: null,
                    tags: [HealthTags.Ready])));
        return builder;
    }
}
