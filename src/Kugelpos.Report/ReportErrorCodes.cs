namespace Kugelpos.Report;

/// <summary>The original's report error codes (<c>412xxx</c>) that this service answers.</summary>
public static class ReportErrorCodes
{
    /// <summary>No report of the requested type (404).</summary>
    public const string ReportNotFound = "412001";

    /// <summary>The report dates are missing or wrong (400).</summary>
    public const string ReportDateError = "412006";

    /// <summary>The report scope is neither flash nor daily (400).</summary>
    public const string ReportScopeError = "412005";

    /// <summary>A daily report while a terminal has not closed or its logs have not all arrived (403).</summary>
    public const string TerminalNotClosed = "412101";
}
