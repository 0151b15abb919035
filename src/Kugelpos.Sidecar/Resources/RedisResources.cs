using System.Text.RegularExpressions;

namespace Kugelpos.Sidecar.Resources;

/// <summary>
/// Points a copy of a resources folder at another Redis. The shipped files name
/// <c>localhost:6379</c>, the address a developer's Redis has; <c>--redis</c> changes it
/// without anyone editing YAML that is also meant for real daprd.
/// </summary>
public static partial class RedisResources
{
    /// <summary>A new temporary copy of <paramref name="folder"/> whose redisHost values are <paramref name="redisHost"/>.</summary>
    public static string Retarget(string folder, string redisHost)
    {
        var copy = Directory.CreateTempSubdirectory("kugelpos-resources-").FullName;
        foreach (var file in Directory.EnumerateFiles(folder, "*.y*ml"))
        {
            var text = RedisHostValue().Replace(File.ReadAllText(file), m => m.Groups["head"].Value + redisHost);
            File.WriteAllText(Path.Combine(copy, Path.GetFileName(file)), text);
        }

        return copy;
    }

    [GeneratedRegex(@"(?<head>-\s*name:\s*redisHost\s*\n\s*value:\s*)\S+", RegexOptions.CultureInvariant)]
    private static partial Regex RedisHostValue();
}
