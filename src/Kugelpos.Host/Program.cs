using Kugelpos.Host;
using Kugelpos.ServiceDefaults.Logging;
using Microsoft.Extensions.Configuration;

// The whole Kugelpos system on one machine: every service with its local sidecar.
var root = RepositoryRoot.Find();
var options = HostOptions.Parse(args, root, out var error);
if (options is null)
{
    Console.Error.WriteLine(error is { Length: > 0 } ? $"{error}\n\n{HostOptions.Usage}" : HostOptions.Usage);
    return error is { Length: > 0 } ? 2 : 0;
}

// The services' own Serilog format, levels and masking, read from the same environment; the
// host's console is its one way to tell the operator what runs where, so it is never switched off.
// The sidecars log through it too; their web hosts' start-up lines would repeat the host's table.
var logging = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?> { ["Kugelpos:Logging:Override:Microsoft.Hosting"] = "Warning" })
    .AddEnvironmentVariables()
    .AddInMemoryCollection(new Dictionary<string, string?> { ["Kugelpos:Logging:Console"] = "true" })
    .Build();
using var loggerFactory = KugelposLoggerFactory.Create(logging, "host");
return await new SystemHost(options, loggerFactory).RunAsync();
