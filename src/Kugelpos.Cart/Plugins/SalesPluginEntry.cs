namespace Kugelpos.Cart.Plugins;

/// <summary>One well-formed entry of the plugin configuration, as written there.</summary>
/// <param name="Index">Its position in the <c>plugins</c> list, from 0.</param>
/// <param name="Kind">Its kind's name, e.g. <c>payment</c>.</param>
/// <param name="Code">The code the plugin answers, e.g. <c>01</c>.</param>
/// <param name="Assembly">A loaded assembly's name, or a <c>.dll</c> path in the plugins folder.</param>
/// <param name="Type">The plugin type's full name.</param>
/// <param name="Arguments">The named arguments as text.</param>
internal sealed record SalesPluginEntry(
    int Index, string Kind, string Code, string Assembly, string Type, IReadOnlyDictionary<string, string> Arguments)
{
    /// <summary>How messages name the entry, e.g. <c>plugins[1] (kind 'payment', code '11')</c>.</summary>
    public string Name => Describe(Index, Kind, Code);

    /// <summary>How messages name an entry, even one lacking its kind or code.</summary>
    public static string Describe(int index, string? kind, string? code) =>
        $"plugins[{index}] (kind {Quoted(kind)}, code {Quoted(code)})";

    private static string Quoted(string? text) => text is null ? "missing" : $"'{text}'";
}
