namespace Kugelpos.Sidecar.Resources;

/// <summary>A Dapr <c>Component</c> resource after loading: its name, type and metadata values.</summary>
/// <param name="Name">metadata.name, the name apps use (e.g. <c>statestore</c>).</param>
/// <param name="Type">spec.type, e.g. <c>state.redis</c>.</param>
/// <param name="Metadata">spec.metadata as name/value pairs; names compare case-insensitively as in daprd.</param>
/// <param name="Scopes">App ids allowed to load it; empty means every app.</param>
/// <param name="File">The file it came from, for error messages.</param>
public sealed record ComponentSpec(
    string Name,
    string Type,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<string> Scopes,
    string File)
{
    /// <summary>
    /// <c>spec.ignoreErrors</c>: as in daprd, a component that cannot be loaded or initialised is
    /// skipped with a warning instead of stopping the sidecar.
    /// </summary>
    public bool IgnoreErrors { get; init; }

    /// <summary>Why this component cannot work, when <see cref="IgnoreErrors"/> let it through loading; every app skips it.</summary>
    public ResourceLoadException? Problem { get; init; }

    /// <summary>True when <paramref name="appId"/> may load this component.</summary>
    public bool IsVisibleTo(string appId) => Scopes.Count == 0 || Scopes.Contains(appId, StringComparer.Ordinal);

    /// <summary>The metadata value, or <paramref name="fallback"/> when it is absent or blank.</summary>
    public string? Get(string name, string? fallback = null) =>
        Metadata.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : fallback;

    /// <summary>The metadata value; a missing value fails loading with the field named.</summary>
    public string Require(string name) =>
        Get(name) ?? throw new ResourceLoadException(File, $"spec.metadata[{name}]", $"component '{Name}' of type {Type} needs '{name}'");

    /// <summary>An integer metadata value, failing with the field named when it is not a number.</summary>
    public int GetInt(string name, int fallback)
    {
        var raw = Get(name);
        if (raw is null)
        {
            return fallback;
        }

        return int.TryParse(raw, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ResourceLoadException(File, $"spec.metadata[{name}]", $"'{raw}' is not a whole number");
    }

    /// <summary>
    /// A count metadata value (a whole number of at least 1, such as <c>concurrency</c>), failing
    /// with the field named when it is not a number or below 1.
    /// </summary>
    public int GetCount(string name, int fallback)
    {
        var value = GetInt(name, fallback);
        return value >= 1
            ? value
            : throw new ResourceLoadException(File, $"spec.metadata[{name}]", $"'{Get(name)}' must be at least 1");
    }

    /// <summary>A boolean metadata value (<c>true</c>/<c>false</c>), failing with the field named otherwise.</summary>
    public bool GetBool(string name, bool fallback)
    {
        var raw = Get(name);
        if (raw is null)
        {
            return fallback;
        }

        return bool.TryParse(raw, out var value)
            ? value
            : throw new ResourceLoadException(File, $"spec.metadata[{name}]", $"'{raw}' is not true or false");
    }

    /// <summary>A Go-style duration (<c>180s</c>, <c>1m30s</c>, <c>500ms</c>), failing with the field named otherwise.</summary>
    public TimeSpan GetDuration(string name, TimeSpan fallback)
    {
        var raw = Get(name);
        if (raw is null)
        {
            return fallback;
        }

        return GoDuration.TryParse(raw, out var value)
            ? value
            : throw new ResourceLoadException(File, $"spec.metadata[{name}]", $"'{raw}' is not a duration such as 180s or 1m30s");
    }
}
