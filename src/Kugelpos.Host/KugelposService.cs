using System.Reflection;
using Microsoft.AspNetCore.Builder;

namespace Kugelpos.Host;

/// <summary>
/// A Kugelpos service the host runs in-process: the same two calls its own Program.cs makes,
/// so the service behaves here as it does on its own.
/// </summary>
/// <param name="AppId">The Dapr app id, matching a row of <see cref="AppPorts.All"/>.</param>
/// <param name="Assembly">The service's assembly (its application name).</param>
/// <param name="Add">Registers the service on a builder, e.g. <c>builder.AddAccountService()</c>.</param>
/// <param name="Map">Maps the service on the built app, e.g. <c>app.MapAccountService()</c>.</param>
public sealed record KugelposService(string AppId, Assembly Assembly, Action<WebApplicationBuilder> Add, Action<WebApplication> Map);
