namespace Kugelpos.Actors.Contracts.EventDedup;

/// <summary>A dedup actor's answer.</summary>
/// <param name="Verdict">What became of the delivery.</param>
/// <param name="Reason">Why it was not applied, for the log; never holds event values.</param>
public sealed record DedupReply(DedupVerdict Verdict, string? Reason = null);
