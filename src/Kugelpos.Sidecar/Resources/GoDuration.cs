using System.Globalization;
using System.Text.RegularExpressions;

namespace Kugelpos.Sidecar.Resources;

/// <summary>
/// Durations written the way Go's time.ParseDuration and Dapr read them: <c>1h0m5s0ms</c>,
/// <c>180s</c>, <c>1.5s</c>; also ISO 8601 (<c>PT10S</c>) and a plain number of seconds, both
/// of which daprd accepts in resources and actor timers.
/// </summary>
public static partial class GoDuration
{
    /// <summary>Parses <paramref name="text"/>; false when it is not a duration.</summary>
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (text.StartsWith('P') || text.StartsWith("-P", StringComparison.Ordinal))
        {
            try
            {
                value = System.Xml.XmlConvert.ToTimeSpan(text);
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var bareSeconds))
        {
            value = TimeSpan.FromSeconds(bareSeconds);
            return true;
        }

        var negative = text.StartsWith('-');
        var body = negative ? text[1..] : text;
        var matches = Part().Matches(body);
        if (matches.Count == 0 || string.Concat(matches.Select(m => m.Value)) != body)
        {
            return false;
        }

        double ticks = 0;
        foreach (Match match in matches)
        {
            var amount = double.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
            ticks += amount * match.Groups["u"].Value switch
            {
                "h" => TimeSpan.TicksPerHour,
                "m" => TimeSpan.TicksPerMinute,
                "s" => TimeSpan.TicksPerSecond,
                "ms" => TimeSpan.TicksPerMillisecond,
                "us" or "µs" => TimeSpan.TicksPerMicrosecond,
                _ => TimeSpan.TicksPerMicrosecond / 1000.0,
            };
        }

        value = TimeSpan.FromTicks((long)(negative ? -ticks : ticks));
        return true;
    }

    /// <summary>Formats as daprd does in <c>/dapr/config</c> answers: <c>1h0m0s0ms</c>.</summary>
    public static string Format(TimeSpan value) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)value.TotalHours}h{value.Minutes}m{value.Seconds}s{value.Milliseconds}ms");

    [GeneratedRegex(@"(?<n>\d+(\.\d+)?)(?<u>ms|us|µs|ns|h|m|s)", RegexOptions.CultureInvariant)]
    private static partial Regex Part();
}
