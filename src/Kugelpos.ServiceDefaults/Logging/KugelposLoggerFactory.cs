using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Extensions.Logging;

namespace Kugelpos.ServiceDefaults.Logging;

/// <summary>
/// The services' Serilog pipeline (format, JSON in containers, levels, secret masking) for a
/// program that is not itself a service, such as the one-machine host, so one console carries one format.
/// </summary>
public static class KugelposLoggerFactory
{
    /// <summary>A logger factory writing as the services do, with <paramref name="name"/> as the <c>Service</c> property.</summary>
    /// <param name="configuration">The <c>Kugelpos:Logging:*</c> settings (<see cref="LoggingSettings"/>).</param>
    /// <param name="name">Who is logging, e.g. <c>host</c>.</param>
    public static ILoggerFactory Create(IConfiguration configuration, string name)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        using var services = new ServiceCollection().BuildServiceProvider();
        var logger = new LoggerConfiguration();
        KugelposLoggerSetup.Configure(logger, services, configuration, new ServiceIdentity(name, typeof(KugelposLoggerFactory).Assembly.GetName().Version?.ToString() ?? "0"));
        return new SerilogLoggerFactory(logger.CreateLogger(), dispose: true);
    }
}
