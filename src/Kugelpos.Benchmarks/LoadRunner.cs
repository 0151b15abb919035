using System.Diagnostics;

namespace Kugelpos.Benchmarks;

/// <summary>
/// Drives one call path with a fixed number of concurrent callers, each in a closed loop over a
/// spread of actor ids: a warm-up that is not recorded, then a timed run whose per-call
/// latencies go into a preallocated array so recording allocates nothing.
/// </summary>
public sealed class LoadRunner(int callers, int actorIds)
{
    // Generous for loopback HTTP on a small machine; calls beyond it still count, unrecorded.
    private const int MaxRecordedPerSecond = 200_000;

    /// <summary>Runs <paramref name="call"/>(actor index, n), which must throw on a wrong answer.</summary>
    /// <param name="call">One call; with as many actor ids as callers, the index is the caller's own.</param>
    /// <param name="warmUp">How long to call before recording.</param>
    /// <param name="duration">How long the recorded run lasts.</param>
    /// <param name="measuring">Runs between the warm-up and the recorded run, so a call that records its own steps forgets the warm-up's.</param>
    public async Task<LatencyStats> RunAsync(Func<int, int, Task> call, TimeSpan warmUp, TimeSpan duration, Action? measuring = null)
    {
        ArgumentNullException.ThrowIfNull(call);
        await LoopAsync(call, warmUp, null);
        measuring?.Invoke();
        var latencies = new long[(int)Math.Min(int.MaxValue / 2, duration.TotalSeconds * MaxRecordedPerSecond)];
        var started = Stopwatch.GetTimestamp();
        var (calls, errors, recorded) = await LoopAsync(call, duration, latencies);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new LatencyStats(latencies.AsSpan(0, (int)Math.Min(recorded, latencies.Length)), calls, errors, elapsed);
    }

    private async Task<(long Calls, long Errors, long Recorded)> LoopAsync(Func<int, int, Task> call, TimeSpan duration, long[]? latencies)
    {
        var counters = new Counters();
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var loops = new Task[callers];
        for (var c = 0; c < callers; c++)
        {
            var caller = c;
            loops[c] = Task.Run(() => CallerAsync(caller, call, deadline, latencies, counters));
        }

        await Task.WhenAll(loops);
        return (counters.Calls, counters.Errors, counters.Recorded);
    }

    private async Task CallerAsync(int caller, Func<int, int, Task> call, long deadline, long[]? latencies, Counters counters)
    {
        // Callers start on different ids and stride by the caller count, so at any moment they
        // mostly hold different actors (with one id they all queue on the same turn lock).
        var index = caller % actorIds;
        var n = 0;
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                await call(index, n++);
            }
#pragma warning disable CA1031 // A measurement tool counts failed calls and keeps going; the count is reported.
            catch (Exception)
#pragma warning restore CA1031
            {
                Interlocked.Increment(ref counters.Errors);
                continue;
            }

            var took = Stopwatch.GetTimestamp() - start;
            Interlocked.Increment(ref counters.Calls);
            if (latencies is not null)
            {
                var slot = Interlocked.Increment(ref counters.Recorded) - 1;
                if (slot < latencies.Length)
                {
                    latencies[slot] = took;
                }
            }

            index = (index + callers) % actorIds;
        }
    }

    private sealed class Counters
    {
#pragma warning disable CA1051 // Interlocked needs fields; the type is private to the runner.
        public long Calls;
        public long Errors;
        public long Recorded;
#pragma warning restore CA1051
    }
}
