using System.Globalization;

namespace Kugelpos.Benchmarks;

/// <summary>
/// The command line: an optional mode (<c>sale</c> or <c>events</c>), then <c>--seconds N</c> (per measured run),
/// <c>--callers N</c> and <c>--warmup N</c> (unrecorded seconds before each run).
/// </summary>
public sealed record BenchOptions
{
    /// <summary>The usage line printed with a command-line error.</summary>
    public const string Usage = "usage: Kugelpos.Benchmarks [sale|events] [--seconds N] [--callers N] [--warmup N]";

    /// <summary>What is measured.</summary>
    public BenchMode Mode { get; init; } = BenchMode.Actors;

    /// <summary>Length of each measured run.</summary>
    public int Seconds { get; init; } = 10;

    /// <summary>Concurrent callers: in the sale mode, the POS devices; in the events mode, the publishers.</summary>
    public int Callers { get; init; } = 32;

    /// <summary>The warm-up asked for with <c>--warmup</c>, in seconds; null for the mode's default.</summary>
    public int? WarmUpSeconds { get; init; }

    /// <summary>
    /// The unrecorded warm-up before each run. The actor mode's one small app is warm after a fifth
    /// of a run (1 to 3 s). The sale mode's seven services go on JIT-compiling their hot paths to
    /// the optimized tier for about half a minute of full load on 2 cores, and a sale measured
    /// meanwhile costs up to 2.5 times its steady CPU, so its default is 30 s. The events mode's
    /// warm-up is publishing, after which it waits for the subscribers to catch up: 5 s of events
    /// published at full rate keep the subscribers busy several times as long, so its default is 5 s.
    /// </summary>
    public TimeSpan WarmUp => TimeSpan.FromSeconds(WarmUpSeconds ?? Mode switch
    {
        BenchMode.Sale => SaleWarmUpSeconds,
        BenchMode.Events => EventsWarmUpSeconds,
        _ => Math.Clamp(Seconds / 5.0, 1, 3),
    });

    private const int SaleWarmUpSeconds = 30;
    private const int EventsWarmUpSeconds = 5;

    private static readonly Dictionary<string, BenchMode> Modes = new(StringComparer.Ordinal)
    {
        ["sale"] = BenchMode.Sale,
        ["events"] = BenchMode.Events,
    };

    /// <summary>Distinct actor ids in the many-ids runs, so turn locking is not the bottleneck.</summary>
    public int ActorIds { get; init; } = 1024;

    /// <summary>Parses the arguments; <paramref name="error"/> says what is wrong when it returns null.</summary>
    public static BenchOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new BenchOptions();
        error = null;
        var first = 0;
        if (args.Count > 0 && Modes.TryGetValue(args[0], out var mode))
        {
            options = options with { Mode = mode };
            first = 1;
        }

        for (var i = first; i < args.Count; i++)
        {
            var name = args[i];
            if (name is not ("--seconds" or "--callers" or "--warmup"))
            {
                error = $"unknown argument '{name}'; expected the mode 'sale' or 'events' first, then --seconds N, --callers N or --warmup N";
                return null;
            }

            var lowest = name == "--warmup" ? 0 : 1;
            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < lowest || value > 100_000)
            {
                error = $"{name} needs a whole number from {lowest} to 100000";
                return null;
            }

            options = name switch
            {
                "--seconds" => options with { Seconds = value },
                "--callers" => options with { Callers = value },
                _ => options with { WarmUpSeconds = value },
            };
            i++;
        }

        return options;
    }
}
