namespace Kugelpos.ServiceDefaults.Security;

/// <summary>
/// How long a verified API key is believed without asking the terminal again, bound from
/// <c>Kugelpos:TerminalKeys</c>. A POS device calls many times a minute, so a short cache takes the
/// check off the request path; it also bounds how long a deleted terminal or a changed key still
/// passes, and how stale the terminal's claims (status, staff) may be.
/// </summary>
public sealed class TerminalKeyCacheOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Kugelpos:TerminalKeys";

    /// <summary>How long a key that verified is believed; 30 seconds by default, zero to ask every time.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a refused key is refused without asking again; 5 seconds by default, zero to ask every
    /// time. It keeps a misconfigured or hostile client from putting its every request on the terminal.
    /// </summary>
    public TimeSpan RefusalCacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Most key and terminal pairs kept at once; when full, new answers are not cached until entries expire.</summary>
    public int CacheSize { get; set; } = 10_000;
}
