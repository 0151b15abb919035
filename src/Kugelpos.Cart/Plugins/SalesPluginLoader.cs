using System.Reflection;
using Kugelpos.Cart.Abstractions.Plugins;
using Microsoft.Extensions.Options;

namespace Kugelpos.Cart.Plugins;

/// <summary>
/// Makes the plugins the configuration lists, each through its constructor taking
/// <see cref="SalesPluginArguments"/>. Every bad entry is reported, by its index, kind and code, in one
/// <see cref="OptionsValidationException"/>, so the service stops at start-up instead of at a sale.
/// </summary>
internal static class SalesPluginLoader
{
    /// <summary>The plugins that <paramref name="options"/> configure, of <paramref name="kinds"/>.</summary>
    /// <exception cref="OptionsValidationException">The configuration or one of its entries is unusable.</exception>
    public static SalesPluginRegistry Load(CartPluginOptions options, IReadOnlyList<SalesPluginKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(options);
        var file = options.FullFilePath;
        var problems = new List<string>();
        var entries = SalesPluginFile.Read(file, problems);
        var assemblies = new PluginAssemblies(options.FullFolderPath);
        var plugins = new List<(SalesPluginKind, ISalesPlugin)>();
        var codes = new Dictionary<(string Kind, string Code), SalesPluginEntry>();
        foreach (var entry in entries)
        {
            try
            {
                var kind = KindOf(entry, kinds);
                if (!codes.TryAdd((kind.Name, entry.Code), entry))
                {
                    throw new SalesPluginException($"code '{entry.Code}' is already taken by {codes[(kind.Name, entry.Code)].Name}");
                }

                plugins.Add((kind, Create(entry, kind, assemblies)));
            }
            catch (SalesPluginException e)
            {
                problems.Add($"{entry.Name}: {e.Message}.");
            }
#pragma warning disable CA1031 // A plugin's type may fail to load in many ways (a dependency missing beside it, a contract it was built against changed); each is reported with its entry.
            catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                problems.Add($"{entry.Name}: '{entry.Type}' cannot be used: {e.GetType().Name}: {e.Message}");
            }
        }

        return problems.Count == 0
            ? new SalesPluginRegistry(kinds, plugins)
            : throw new OptionsValidationException(Options.DefaultName, typeof(CartPluginOptions),
                problems.Select(problem => $"Cart plugin configuration '{file}', {problem}"));
    }

    private static SalesPluginKind KindOf(SalesPluginEntry entry, IReadOnlyList<SalesPluginKind> kinds) =>
        kinds.FirstOrDefault(kind => kind.Name == entry.Kind)
        ?? throw new SalesPluginException($"kind '{entry.Kind}' is unknown (the kinds are {string.Join(", ", kinds.Select(k => k.Name))})");

    private static ISalesPlugin Create(SalesPluginEntry entry, SalesPluginKind kind, PluginAssemblies assemblies)
    {
        var assembly = assemblies.Load(entry.Assembly);
        var type = assembly.GetType(entry.Type, throwOnError: false)
            ?? throw new SalesPluginException($"type '{entry.Type}' was not found in assembly '{assembly.GetName().Name}' ({entry.Assembly})");
        if (!type.IsClass || type.IsAbstract || type.ContainsGenericParameters || !(type.IsPublic || type.IsNestedPublic))
        {
            throw new SalesPluginException($"type '{entry.Type}' is not a public, non-abstract, non-generic class");
        }

        if (!kind.Contract.IsAssignableFrom(type))
        {
            throw new SalesPluginException($"type '{entry.Type}' does not implement {kind.Contract.FullName}, the contract of kind '{kind.Name}'");
        }

        var constructor = type.GetConstructor([typeof(SalesPluginArguments)])
            ?? throw new SalesPluginException($"type '{entry.Type}' has no public constructor taking {nameof(SalesPluginArguments)}");
        var arguments = new SalesPluginArguments(entry.Code, entry.Arguments);
        var plugin = Construct(constructor, arguments, entry);
        if (arguments.Unread.Count > 0)
        {
            var unread = string.Join(", ", arguments.Unread.Select(name => $"'{name}'"));
            throw new SalesPluginException(arguments.Unread.Count == 1
                ? $"argument {unread} is not read by '{entry.Type}' (misspelt?)"
                : $"arguments {unread} are not read by '{entry.Type}' (misspelt?)");
        }

        return plugin.Code == entry.Code
            ? plugin
            : throw new SalesPluginException($"'{entry.Type}' answers code '{plugin.Code}', not the configured '{entry.Code}'");
    }

    private static ISalesPlugin Construct(ConstructorInfo constructor, SalesPluginArguments arguments, SalesPluginEntry entry)
    {
        try
        {
            return (ISalesPlugin)constructor.Invoke([arguments]);
        }
        catch (TargetInvocationException e) when (e.InnerException is SalesPluginArgumentException bad)
        {
            throw new SalesPluginException(bad.Message);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new SalesPluginException($"the constructor of '{entry.Type}' failed: {e.InnerException.GetType().Name}: {e.InnerException.Message}");
        }
    }
}
