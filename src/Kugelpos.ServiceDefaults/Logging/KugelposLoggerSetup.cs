using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Formatting.Compact;

namespace Kugelpos.ServiceDefaults.Logging;

/// <summary>Builds the Serilog pipeline of a Kugelpos service.</summary>
internal static class KugelposLoggerSetup
{
    private const string TextTemplate =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static void Configure(
        LoggerConfiguration logger, IServiceProvider services, IConfiguration configuration, ServiceIdentity identity)
    {
        logger.MinimumLevel.Is(LoggingSettings.MinimumLevel(configuration));
        foreach (var (category, level) in LoggingSettings.Overrides(configuration))
        {
            logger.MinimumLevel.Override(category, level);
        }

        logger.Enrich.FromLogContext()
            .Enrich.WithProperty("Service", identity.Name);
        foreach (var enricher in services.GetServices<ILogEventEnricher>())
        {
            logger.Enrich.With(enricher);
        }

        if (LoggingSettings.UseConsole(configuration))
        {
            var json = LoggingSettings.UseJson(configuration);
            var console = LoggerSinkConfiguration.Wrap(
                sink => new SecretMaskingSink(sink, ownsInner: true),
                sinks =>
                {
                    if (json)
                    {
                        sinks.Console(new RenderedCompactJsonFormatter());
                    }
                    else
                    {
                        sinks.Console(outputTemplate: TextTemplate, formatProvider: CultureInfo.InvariantCulture);
                    }
                });
            logger.WriteTo.Sink(console);
        }

        // Extra sinks registered in DI (a log shipper, a test capture) get masked events too.
        foreach (var sink in services.GetServices<ILogEventSink>())
        {
            logger.WriteTo.Sink(new SecretMaskingSink(sink, ownsInner: false));
        }
    }
}
