using System.Reflection;
using System.Runtime.Loader;
using Kugelpos.Cart.Abstractions.Plugins;

namespace Kugelpos.Cart.Plugins;

/// <summary>
/// The load context of one plugin assembly from the plugins folder: its own dependencies come from
/// beside it, as its <c>.deps.json</c> lists them, so two plugins may use different versions of a
/// library. The plugin contracts and all they reference are always the cart service's own: a plugin
/// implementing a second copy of <see cref="ISalesPlugin"/> would be a different type to the cart.
/// The framework falls through to the default context as well, since the resolver never claims it.
/// </summary>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private static readonly HashSet<string> Shared = SharedNames();

    private readonly AssemblyDependencyResolver _resolver;

    /// <summary>A context for the plugin assembly at <paramref name="assemblyPath"/>.</summary>
    public PluginLoadContext(string assemblyPath)
        : base($"plugin:{Path.GetFileName(assemblyPath)}")
    {
        _resolver = new AssemblyDependencyResolver(assemblyPath);
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is null || Shared.Contains(assemblyName.Name))
        {
            return null;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }

    // The contracts and everything they reference, however deep (the cart document's parts live in
    // Kugelpos.Contracts): a plugin's own copy of any of them would make the types differ.
    private static HashSet<string> SharedNames()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<AssemblyName>([typeof(ISalesPlugin).Assembly.GetName()]);
        while (pending.TryDequeue(out var name))
        {
            if (name.Name is null || !names.Add(name.Name))
            {
                continue;
            }

            try
            {
                foreach (var reference in Default.LoadFromAssemblyName(name).GetReferencedAssemblies())
                {
                    pending.Enqueue(reference);
                }
            }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException)
            {
                // A reference the service itself cannot load is never used through the contracts.
            }
        }

        return names;
    }
}
