namespace Kugelpos.Actors.Contracts.EventDedup;

/// <summary>What a dedup actor made of one delivery.</summary>
public enum DedupVerdict
{
    /// <summary>Applied now, and marked processed.</summary>
    Applied,

    /// <summary>Applied before (the mark was there): acknowledged with no effect.</summary>
    Duplicate,

    /// <summary>Not applied, for a reason that may pass: deliver it again.</summary>
    Retry,

    /// <summary>Never applicable (a poison message): dead-letter it.</summary>
    Drop,
}
