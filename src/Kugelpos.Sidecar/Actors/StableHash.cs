namespace Kugelpos.Sidecar.Actors;

/// <summary>FNV-1a over a string's UTF-16 units: the same number in every process, unlike <see cref="string.GetHashCode()"/>.</summary>
internal static class StableHash
{
    /// <summary>The 32-bit FNV-1a hash of <paramref name="text"/>.</summary>
    public static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
