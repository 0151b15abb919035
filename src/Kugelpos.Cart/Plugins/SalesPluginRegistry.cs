using System.Collections.Concurrent;
using Kugelpos.Cart.Abstractions.Plugins;

namespace Kugelpos.Cart.Plugins;

/// <summary>
/// The sales plugins of the process, made once at start-up from the plugin configuration and shared by
/// every cart: a payment method by its code, the sales promotions in configuration order, a receipt
/// layout by its name.
/// </summary>
public sealed class SalesPluginRegistry
{
    private readonly Dictionary<SalesPluginKind, ISalesPlugin[]> _byKind;
    private readonly ConcurrentDictionary<(SalesPluginKind Kind, Type Contract), object> _typed = new();

    internal SalesPluginRegistry(IReadOnlyList<SalesPluginKind> kinds, IEnumerable<(SalesPluginKind Kind, ISalesPlugin Plugin)> plugins)
    {
        Kinds = kinds;
        var loaded = plugins.ToList();
        _byKind = kinds.ToDictionary(kind => kind, kind => loaded.Where(p => p.Kind == kind).Select(p => p.Plugin).ToArray());
    }

    /// <summary>The kinds this registry holds.</summary>
    public IReadOnlyList<SalesPluginKind> Kinds { get; }

    /// <summary>
    /// The plugins of <paramref name="kind"/> in configuration order, as <typeparamref name="TContract"/>
    /// (its contract or an interface it extends), e.g. the promotions to run in a phase.
    /// </summary>
    /// <exception cref="InvalidOperationException">The kind's plugins are not <typeparamref name="TContract"/>, or the kind is not held.</exception>
    public IReadOnlyList<TContract> All<TContract>(SalesPluginKind kind)
        where TContract : ISalesPlugin =>
        (IReadOnlyList<TContract>)_typed.GetOrAdd((kind, typeof(TContract)), key => Cast<TContract>(key.Kind));

    /// <summary>The plugin of <paramref name="kind"/> with <paramref name="code"/>, e.g. the payment method "01"; null if none.</summary>
    /// <exception cref="InvalidOperationException">The kind's plugins are not <typeparamref name="TContract"/>, or the kind is not held.</exception>
    public TContract? Find<TContract>(SalesPluginKind kind, string code)
        where TContract : class, ISalesPlugin =>
        All<TContract>(kind).FirstOrDefault(plugin => plugin.Code == code);

    private TContract[] Cast<TContract>(SalesPluginKind kind)
        where TContract : ISalesPlugin
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (!_byKind.TryGetValue(kind, out var plugins))
        {
            throw new InvalidOperationException($"No plugins of kind '{kind.Name}' are loaded here.");
        }

        return typeof(TContract).IsAssignableFrom(kind.Contract)
            ? plugins.Cast<TContract>().ToArray()
            : throw new InvalidOperationException($"Plugins of kind '{kind.Name}' are {kind.Contract.Name}, not {typeof(TContract).Name}.");
    }
}
