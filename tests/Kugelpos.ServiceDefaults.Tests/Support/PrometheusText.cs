using System.Globalization;

namespace Kugelpos.ServiceDefaults.Tests.Support;

/// <summary>Finds samples in the Prometheus text exposition format.</summary>
internal static class PrometheusText
{
    /// <summary>
    /// The value of the one sample of <paramref name="metric"/> whose labels include all of
    /// <paramref name="labels"/>; fails when there is none or more than one.
    /// </summary>
    public static double Value(string scrape, string metric, params string[] labels)
    {
        var samples = scrape.Split('\n')
            .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal))
            .Where(line => labels.All(label => LabelsOf(line).Contains(label, StringComparer.Ordinal)))
            .ToList();
        Assert.True(samples.Count == 1, $"Expected one sample of {metric} with {string.Join(",", labels)}; found {samples.Count} in:\n{scrape}");
        var line = samples[0];
        var afterLabels = line.Contains('}', StringComparison.Ordinal) ? line[(line.LastIndexOf('}') + 1)..] : line[metric.Length..];
        return double.Parse(afterLabels.Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static string[] LabelsOf(string line)
    {
        var open = line.IndexOf('{', StringComparison.Ordinal);
        var close = line.LastIndexOf('}');
        return open < 0 || close < open ? [] : line[(open + 1)..close].Split(',');
    }
}
