namespace Kugelpos.Sidecar.State;

/// <summary>
/// daprd's key layout, so a store written by one is readable by the other:
/// <c>{appId}||{key}</c> for app state and <c>{appId}||{actorType}||{actorId}||{key}</c> for actor state.
/// </summary>
public static class StateKeys
{
    /// <summary>The separator daprd puts between key parts.</summary>
    public const string Separator = "||";

    /// <summary>The stored key of app state. <paramref name="keyPrefix"/> follows the component's
    /// <c>keyPrefix</c> metadata: <c>appid</c> (default), <c>name</c>, <c>none</c>, or a literal prefix.</summary>
    public static string ForApp(string appId, string storeName, string key, string? keyPrefix = null) =>
        (keyPrefix ?? "appid").ToLowerInvariant() switch
        {
            "appid" => $"{appId}{Separator}{key}",
            "name" => $"{storeName}{Separator}{key}",
            "none" => key,
            _ => $"{keyPrefix}{Separator}{key}",
        };

    /// <summary>The stored key of one actor's state entry.</summary>
    public static string ForActor(string appId, string actorType, string actorId, string key) =>
        $"{appId}{Separator}{actorType}{Separator}{actorId}{Separator}{key}";

    /// <summary>The key's part after the app prefix, as daprd returns it from bulk reads.</summary>
    public static string StripApp(string storedKey, string appId) =>
        storedKey.StartsWith(appId + Separator, StringComparison.Ordinal) ? storedKey[(appId.Length + Separator.Length)..] : storedKey;
}
