using Microsoft.Extensions.Configuration;
using Serilog.Events;

namespace Kugelpos.ServiceDefaults.Logging;

/// <summary>
/// Reads the logging settings: <c>Kugelpos:Logging:Json</c> (JSON lines; defaults to true inside a
/// container, <c>DOTNET_RUNNING_IN_CONTAINER=true</c>), <c>Kugelpos:Logging:Console</c> (default true),
/// <c>Kugelpos:Logging:MinimumLevel</c> and <c>Kugelpos:Logging:Override:&lt;category&gt;</c>.
/// Only levels are configurable: a sink added through configuration would bypass the secret masking.
/// </summary>
internal static class LoggingSettings
{
    public const string JsonKey = "Kugelpos:Logging:Json";
    public const string ConsoleKey = "Kugelpos:Logging:Console";
    public const string MinimumLevelKey = "Kugelpos:Logging:MinimumLevel";
    public const string OverrideSection = "Kugelpos:Logging:Override";

    // Hosting logs every request URL at Information, HttpClient every outgoing one; the request log
    // already covers the first and the noise would drown the service's own events.
    private static readonly Dictionary<string, LogEventLevel> DefaultOverrides = new(StringComparer.Ordinal)
    {
        ["Microsoft.AspNetCore"] = LogEventLevel.Warning,
        ["Microsoft.Extensions.Http"] = LogEventLevel.Warning,
        ["System.Net.Http.HttpClient"] = LogEventLevel.Warning,
    };

    public static bool UseJson(IConfiguration configuration)
    {
        var explicitSetting = ReadBool(configuration, JsonKey);
        return explicitSetting
            ?? string.Equals(configuration["DOTNET_RUNNING_IN_CONTAINER"], "true", StringComparison.OrdinalIgnoreCase);
    }

    public static bool UseConsole(IConfiguration configuration) => ReadBool(configuration, ConsoleKey) ?? true;

    public static LogEventLevel MinimumLevel(IConfiguration configuration) =>
        ReadLevel(configuration, MinimumLevelKey) ?? LogEventLevel.Information;

    public static IReadOnlyDictionary<string, LogEventLevel> Overrides(IConfiguration configuration)
    {
        var overrides = new Dictionary<string, LogEventLevel>(DefaultOverrides, StringComparer.Ordinal);
        foreach (var child in configuration.GetSection(OverrideSection).GetChildren())
        {
            overrides[child.Key] = ReadLevel(configuration, child.Path)
                ?? throw new InvalidOperationException($"{child.Path} is empty; give a level such as Information.");
        }

        return overrides;
    }

    private static bool? ReadBool(IConfiguration configuration, string key)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return bool.TryParse(value, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"{key} must be true or false, not '{value}'.");
    }

    private static LogEventLevel? ReadLevel(IConfiguration configuration, string key)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Enum.TryParse<LogEventLevel>(value, ignoreCase: true, out var level) && Enum.IsDefined(level)
            ? level
            : throw new InvalidOperationException(
                $"{key} must be one of {string.Join(", ", Enum.GetNames<LogEventLevel>())}, not '{value}'.");
    }
}
