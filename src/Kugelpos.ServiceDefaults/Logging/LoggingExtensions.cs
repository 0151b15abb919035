using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace Kugelpos.ServiceDefaults.Logging;

/// <summary>Wires Serilog into the host and the request pipeline.</summary>
internal static class LoggingExtensions
{
    public static void AddKugelposLogging(this WebApplicationBuilder builder, ServiceIdentity identity)
    {
        var configuration = builder.Configuration;

        // The static Log.Logger is left alone so several hosts in one process (tests) stay apart;
        // code logs through ILogger<T> and the request logger is handed the host's own logger.
        builder.Services.AddSerilog(
            (services, logger) => KugelposLoggerSetup.Configure(logger, services, configuration, identity),
            preserveStaticLogger: true);
    }

    public static void UseKugelposRequestLogging(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILogger>();
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = logger;
            options.IncludeQueryInRequestPath = false;
            options.GetLevel = RequestLogEnrichment.GetLevel;
            options.EnrichDiagnosticContext = RequestLogEnrichment.Enrich;
        });
    }
}
