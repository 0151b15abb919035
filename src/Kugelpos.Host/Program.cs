using Kugelpos.Host;
using Microsoft.Extensions.Logging;

// The whole Kugelpos system on one machine: every service with its local sidecar.
var root = RepositoryRoot.Find();
var options = HostOptions.Parse(args, root, out var error);
if (options is null)
{
    Console.Error.WriteLine(error is { Length: > 0 } ? $"{error}\n\n{HostOptions.Usage}" : HostOptions.Usage);
    return error is { Length: > 0 } ? 2 : 0;
}

using var loggerFactory = LoggerFactory.Create(logging => logging
    .AddSimpleConsole(console => console.SingleLine = true)
    .AddFilter("Microsoft.AspNetCore", LogLevel.Warning)
    .AddFilter("Microsoft.Hosting", LogLevel.Warning));
return await new SystemHost(options, loggerFactory).RunAsync();
