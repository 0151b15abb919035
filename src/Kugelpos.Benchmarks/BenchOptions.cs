using System.Globalization;

namespace Kugelpos.Benchmarks;

/// <summary>The command line: <c>--seconds N</c> (per measured run) and <c>--callers N</c>.</summary>
public sealed record BenchOptions
{
    /// <summary>Length of each measured run.</summary>
    public int Seconds { get; init; } = 10;

    /// <summary>Concurrent callers.</summary>
    public int Callers { get; init; } = 32;

    /// <summary>Distinct actor ids in the many-ids runs, so turn locking is not the bottleneck.</summary>
    public int ActorIds { get; init; } = 1024;

    /// <summary>Parses the arguments; <paramref name="error"/> says what is wrong when it returns null.</summary>
    public static BenchOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new BenchOptions();
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is not ("--seconds" or "--callers"))
            {
                error = $"unknown argument '{name}'; expected --seconds N or --callers N";
                return null;
            }

            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > 100_000)
            {
                error = $"{name} needs a whole number from 1 to 100000";
                return null;
            }

            options = name == "--seconds" ? options with { Seconds = value } : options with { Callers = value };
            i++;
        }

        return options;
    }
}
