using Microsoft.AspNetCore.Builder;

namespace Kugelpos.ServiceDefaults.Hosting;

/// <summary>
/// A Kugelpos service to build and start outside its own Program.cs: the same two calls that
/// Program.cs makes, plus where it listens and the settings it gets.
/// </summary>
/// <param name="Name">What start-up failures call the service, e.g. <c>account</c>.</param>
/// <param name="Add">Registers the service on a builder, e.g. <c>b =&gt; b.AddAccountService()</c>.</param>
/// <param name="Map">Maps the service on the built app, e.g. <c>a =&gt; a.MapAccountService()</c>.</param>
public sealed record ServiceLaunch(string Name, Action<WebApplicationBuilder> Add, Action<WebApplication> Map)
{
    /// <summary>The one address Kestrel listens on, e.g. <c>http://127.0.0.1:8000</c>; port 0 takes a free one. Nothing overrides it.</summary>
    public required string Url { get; init; }

    /// <summary>The application name (the service's assembly name); null keeps the builder's default.</summary>
    public string? ApplicationName { get; init; }

    /// <summary>Where appsettings.json is looked for; null keeps the builder's default (the working directory).</summary>
    public string? ContentRootPath { get; init; }

    /// <summary>The hosting environment; null keeps the builder's default (from <c>ASPNETCORE_ENVIRONMENT</c>).</summary>
    public string? EnvironmentName { get; init; }

    /// <summary>Settings under every other source: the environment and appsettings.json override them.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Defaults { get; init; } = [];

    /// <summary>Layers of settings over every other source, each over the one before; an empty string clears a setting.</summary>
    public IReadOnlyList<IEnumerable<KeyValuePair<string, string?>>> Settings { get; init; } = [];

    /// <summary>Runs on the builder before <see cref="Add"/>, e.g. to register a fake clock.</summary>
    public Action<WebApplicationBuilder>? Configure { get; init; }
}
