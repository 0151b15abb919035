using System.Globalization;

namespace Kugelpos.Cart.Abstractions.Plugins;

/// <summary>
/// What the plugin configuration gives one plugin: its <see cref="Code"/> and its named arguments.
/// <para>
/// How the cart service makes a plugin: the configured type must be a public, non-abstract class
/// implementing the contract of its kind, with a public constructor taking exactly one
/// <see cref="SalesPluginArguments"/>; that constructor is the only one used. The constructor reads
/// every argument it needs through the getters below and keeps the values, so a missing or malformed
/// argument stops the service at start-up (the getters throw <see cref="SalesPluginArgumentException"/>
/// naming it), never at the first sale. An argument the constructor does not read also stops it,
/// since it is most likely misspelt. The plugin's <see cref="ISalesPlugin.Code"/> answers
/// <see cref="Code"/>. One instance serves every cart of the process, from many threads at once:
/// keep no per-cart state in it.
/// </para>
/// </summary>
public sealed class SalesPluginArguments
{
    private readonly IReadOnlyDictionary<string, string> _values;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    /// <summary>Arguments for the entry <paramref name="code"/> (also how a plugin's own tests make one).</summary>
    /// <param name="code">The entry's code.</param>
    /// <param name="values">The named arguments as text (numbers and booleans in their invariant form).</param>
    public SalesPluginArguments(string code, IReadOnlyDictionary<string, string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        Code = code;
        _values = values ?? new Dictionary<string, string>(StringComparer.Ordinal);
    }

    /// <summary>The code the configuration gives the entry, which the plugin answers as its own.</summary>
    public string Code { get; }

    /// <summary>The names of the arguments the constructor has not read yet.</summary>
    public IReadOnlyList<string> Unread => _values.Keys.Where(name => !_read.Contains(name)).Order(StringComparer.Ordinal).ToList();

    /// <summary>The text of argument <paramref name="name"/>.</summary>
    /// <exception cref="SalesPluginArgumentException">It is not given.</exception>
    public string GetString(string name) => Find(name) ?? throw Missing(name);

    /// <summary>The text of argument <paramref name="name"/>, or <paramref name="defaultValue"/> when it is not given.</summary>
    public string GetString(string name, string defaultValue) => Find(name) ?? defaultValue;

    /// <summary>Argument <paramref name="name"/> as a whole number.</summary>
    /// <exception cref="SalesPluginArgumentException">It is not given or not a whole number.</exception>
    public int GetInt32(string name) => ParseInt32(name, GetString(name));

    /// <summary>Argument <paramref name="name"/> as a whole number, or <paramref name="defaultValue"/> when it is not given.</summary>
    /// <exception cref="SalesPluginArgumentException">It is given but not a whole number.</exception>
    public int GetInt32(string name, int defaultValue) => Find(name) is { } text ? ParseInt32(name, text) : defaultValue;

    /// <summary>Argument <paramref name="name"/> as a decimal number (an amount or a rate).</summary>
    /// <exception cref="SalesPluginArgumentException">It is not given or not a number.</exception>
    public decimal GetDecimal(string name) => ParseDecimal(name, GetString(name));

    /// <summary>Argument <paramref name="name"/> as a decimal number, or <paramref name="defaultValue"/> when it is not given.</summary>
    /// <exception cref="SalesPluginArgumentException">It is given but not a number.</exception>
    public decimal GetDecimal(string name, decimal defaultValue) => Find(name) is { } text ? ParseDecimal(name, text) : defaultValue;

    /// <summary>Argument <paramref name="name"/> as <c>true</c> or <c>false</c>.</summary>
    /// <exception cref="SalesPluginArgumentException">It is not given or neither true nor false.</exception>
    public bool GetBoolean(string name) => ParseBoolean(name, GetString(name));

    /// <summary>Argument <paramref name="name"/> as <c>true</c> or <c>false</c>, or <paramref name="defaultValue"/> when it is not given.</summary>
    /// <exception cref="SalesPluginArgumentException">It is given but neither true nor false.</exception>
    public bool GetBoolean(string name, bool defaultValue) => Find(name) is { } text ? ParseBoolean(name, text) : defaultValue;

    private string? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        _read.Add(name);
        return _values.TryGetValue(name, out var value) ? value : null;
    }

    private static SalesPluginArgumentException Missing(string name) => new(name, "is missing");

    private static int ParseInt32(string name, string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new SalesPluginArgumentException(name, $"must be a whole number, not '{text}'");

    private static decimal ParseDecimal(string name, string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new SalesPluginArgumentException(name, $"must be a decimal number such as 12.5, not '{text}'");

    private static bool ParseBoolean(string name, string text) => text switch
    {
        "true" => true,
        "false" => false,
        _ => throw new SalesPluginArgumentException(name, $"must be true or false, not '{text}'"),
    };
}
