using System.Collections.Concurrent;

namespace Kugelpos.Sidecar.Tests.PubSub;

/// <summary>
/// A subscriber's answers in the SUCCESS/RETRY/DROP mix tests, and what came of them. On route
/// <c>orders</c> (a topic with a dead-letter topic), by n % 4: 0 succeeds, 1 succeeds on its
/// retry, 2 is dropped and 3 keeps answering RETRY; both of the last end on the dead-letter topic,
/// route <c>dead</c>. On route <c>plain</c> (no dead-letter topic), RETRY through the harness'
/// fast retry policy (1 + 3 attempts) fails the broker's first delivery; its redelivery succeeds.
/// </summary>
public sealed class OutcomeMix
{
    private readonly ConcurrentDictionary<int, int> _attempts = new();
    private readonly ConcurrentDictionary<int, int> _done = new();

    /// <summary>The events to publish to the topic with a dead-letter topic.</summary>
    public IReadOnlyList<int> Main { get; } = [.. Enumerable.Range(0, 24)];

    /// <summary>The events to publish to the topic without one.</summary>
    public IReadOnlyList<int> Plain { get; } = [.. Enumerable.Range(100, 6)];

    /// <summary>Whether every event has had a final outcome (a success, or arrival on the dead-letter topic).</summary>
    public bool AllDone => _done.Count == Main.Count + Plain.Count;

    /// <summary>The status to answer to <paramref name="received"/>, counting attempts and final outcomes.</summary>
    public string Answer(Received received)
    {
        ArgumentNullException.ThrowIfNull(received);
        var n = PubSubHarness.N(received);
        if (received.Route == "dead")
        {
            _done.AddOrUpdate(n, 1, (_, c) => c + 1);
            return "SUCCESS";
        }

        var attempt = _attempts.AddOrUpdate(n, 1, (_, c) => c + 1);
        var status = received.Route == "plain"
            ? attempt <= 4 ? "RETRY" : "SUCCESS"
            : (n % 4) switch
            {
                1 when attempt == 1 => "RETRY",
                2 => "DROP",
                3 => "RETRY",
                _ => "SUCCESS",
            };
        if (status == "SUCCESS")
        {
            _done.AddOrUpdate(n, 1, (_, c) => c + 1);
        }

        return status;
    }

    /// <summary>Asserts that every event had exactly one final outcome, after the attempts its answers call for.</summary>
    public void AssertEachDoneOnce()
    {
        Assert.Equal(Main.Concat(Plain), _done.Keys.Order());
        Assert.All(_done.Values, c => Assert.Equal(1, c));
        Assert.All(Main, n => Assert.Equal(new[] { 1, 2, 1, 4 }[n % 4], _attempts[n]));
        Assert.All(Plain, n => Assert.Equal(5, _attempts[n]));
    }
}
