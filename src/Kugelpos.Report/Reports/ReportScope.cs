namespace Kugelpos.Report.Reports;

/// <summary>The original's report scopes.</summary>
internal static class ReportScope
{
    /// <summary>A report of the session or day so far.</summary>
    public const string Flash = "flash";

    /// <summary>The settlement report, once every terminal has closed.</summary>
    public const string Daily = "daily";

    /// <summary>The original's old spelling of flash, still accepted.</summary>
    public const string LegacyFlash = "flush";
}
