using System.Globalization;

namespace Kugelpos.Benchmarks;

/// <summary>The command line: an optional mode (<c>sale</c>), then <c>--seconds N</c> (per measured run) and <c>--callers N</c>.</summary>
public sealed record BenchOptions
{
    /// <summary>The usage line printed with a command-line error.</summary>
    public const string Usage = "usage: Kugelpos.Benchmarks [sale] [--seconds N] [--callers N]";

    /// <summary>What is measured.</summary>
    public BenchMode Mode { get; init; } = BenchMode.Actors;

    /// <summary>Length of each measured run.</summary>
    public int Seconds { get; init; } = 10;

    /// <summary>Concurrent callers: in the sale mode, the POS devices.</summary>
    public int Callers { get; init; } = 32;

    /// <summary>The unrecorded warm-up before each run: a fifth of a run, from 1 to 3 s.</summary>
    public TimeSpan WarmUp => TimeSpan.FromSeconds(Math.Clamp(Seconds / 5.0, 1, 3));

    /// <summary>Distinct actor ids in the many-ids runs, so turn locking is not the bottleneck.</summary>
    public int ActorIds { get; init; } = 1024;

    /// <summary>Parses the arguments; <paramref name="error"/> says what is wrong when it returns null.</summary>
    public static BenchOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new BenchOptions();
        error = null;
        var first = 0;
        if (args.Count > 0 && args[0] == "sale")
        {
            options = options with { Mode = BenchMode.Sale };
            first = 1;
        }

        for (var i = first; i < args.Count; i++)
        {
            var name = args[i];
            if (name is not ("--seconds" or "--callers"))
            {
                error = $"unknown argument '{name}'; expected the mode 'sale' first, then --seconds N or --callers N";
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
