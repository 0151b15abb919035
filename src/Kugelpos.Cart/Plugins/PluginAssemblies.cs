using System.Reflection;
using System.Runtime.Loader;

namespace Kugelpos.Cart.Plugins;

/// <summary>
/// The assemblies entries name: one that ships with the service (the standard plugins) by its name,
/// or a <c>.dll</c> in the plugins folder, loaded once into a <see cref="PluginLoadContext"/> of its own
/// however many entries name it.
/// </summary>
/// <param name="folder">The full path of the plugins folder.</param>
internal sealed class PluginAssemblies(string folder)
{
    private readonly Dictionary<string, Assembly> _files = new(StringComparer.Ordinal);

    /// <summary>The assembly <paramref name="name"/> stands for.</summary>
    /// <exception cref="SalesPluginException">It cannot be found or loaded.</exception>
    public Assembly Load(string name) =>
        name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? FromFolder(name) : Shipped(name);

    private static Assembly Shipped(string name)
    {
        try
        {
            return AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(name));
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or ArgumentException)
        {
            throw new SalesPluginException(
                $"assembly '{name}' does not ship with the cart service (a plugin in the plugins folder is named by its file, ending in .dll)");
        }
    }

    private Assembly FromFolder(string relativePath)
    {
        var path = Path.GetFullPath(relativePath, folder);
        if (_files.TryGetValue(path, out var loaded))
        {
            return loaded;
        }

        if (!File.Exists(path))
        {
            throw new SalesPluginException($"assembly file '{path}' does not exist");
        }

        try
        {
            var assembly = new PluginLoadContext(path).LoadFromAssemblyPath(path);
            _files[path] = assembly;
            return assembly;
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or InvalidOperationException)
        {
            throw new SalesPluginException($"assembly file '{path}' cannot be loaded: {e.Message}");
        }
    }
}
