namespace Kugelpos.Actors.Contracts.EventDedup;

/// <summary>
/// The dedup actor type names. Each subscriber service registers a name of its own: placement
/// spreads one type over every app that hosts it, so a name shared by report and journal would
/// hand one service's events to the other's actors, and each event would take effect in only one.
/// </summary>
public static class EventDedupActorType
{
    /// <summary>The type name the service <paramref name="appId"/> registers and calls, e.g. <c>ReportEventDedupActor</c>.</summary>
    public static string For(string appId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appId);
        var words = appId.Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..])) + "EventDedupActor";
    }
}
