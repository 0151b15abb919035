using System.Globalization;
using System.Numerics;

namespace Kugelpos.MasterData.Settings;

/// <summary>
/// A dict as Python builds it from a literal or a JSON object: insertion order, and a repeated key
/// (1, 1.0 and True are one key in Python) keeps its first place and its first spelling but takes the last value.
/// </summary>
internal sealed class PythonDict
{
    private readonly List<KeyValuePair<object?, object?>> _entries = [];
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

    /// <summary>The entries in insertion order.</summary>
    public IReadOnlyList<KeyValuePair<object?, object?>> Entries => _entries;

    /// <summary>Whether a value can be a key that <c>json.dumps</c> writes: a string, number, bool or None.</summary>
    public static bool IsScalarKey(object? key) => key is null or string or bool or BigInteger or double;

    /// <summary>Sets the key's value; the key must be a scalar (<see cref="IsScalarKey"/>).</summary>
    public void Set(object? key, object? value)
    {
        var identity = Identity(key);
        if (_positions.TryGetValue(identity, out var position))
        {
            _entries[position] = new(_entries[position].Key, value);
            return;
        }

        _positions.Add(identity, _entries.Count);
        _entries.Add(new(key, value));
    }

    // Python compares numeric keys by value across int, float and bool, strings apart from numbers.
    private static string Identity(object? key) => key switch
    {
        null => "none",
        string text => "s" + text,
        bool flag => flag ? "n1" : "n0",
        BigInteger number => "n" + number.ToString(CultureInfo.InvariantCulture),
        double number when double.IsFinite(number) && Math.Floor(number) == number =>
            "n" + new BigInteger(number).ToString(CultureInfo.InvariantCulture),
        double number => "n" + number.ToString("R", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException("A dict key must be a string, number, bool or None.", nameof(key)),
    };
}
