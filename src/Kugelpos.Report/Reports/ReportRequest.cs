using System.Globalization;
using Kugelpos.Report.Logs;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.Report.Reports;

/// <summary>A report request's query, checked: every refusal is an envelope naming the parameter.</summary>
internal sealed record ReportRequest
{
    public required string Scope { get; init; }

    public required string Type { get; init; }

    public required LogScope Logs { get; init; }

    /// <summary>Whether the request names a date range (<c>business_date_from</c> and <c>_to</c>) rather than one date.</summary>
    public bool IsRange => BusinessDate is null;

    public string? BusinessDate { get; init; }

    public int? BusinessCounter { get; init; }

    public static ReportRequest Parse(IQueryCollection query, string storeCode, int? terminalNo)
    {
        ArgumentNullException.ThrowIfNull(query);
        var scope = Required(query, "report_scope").ToLowerInvariant();
        if (scope == ReportScope.LegacyFlash)
        {
            scope = ReportScope.Flash;
        }

        if (scope is not (ReportScope.Flash or ReportScope.Daily))
        {
            throw new KugelposException(StatusCodes.Status400BadRequest, ReportErrorCodes.ReportScopeError, $"Invalid report scope: {scope} (flash or daily)", "report_scope");
        }

        var type = Required(query, "report_type");
        var openCounter = Number(query, "open_counter");
        var businessCounter = Number(query, "business_counter");
        var date = Date(query, "business_date");
        var from = Date(query, "business_date_from");
        var to = Date(query, "business_date_to");
        LogScope logs;
        if (from is not null && to is not null)
        {
            if (scope == ReportScope.Flash)
            {
                throw DateError("Date range is not supported for flash reports. Flash reports are for the current session only.", "business_date_from");
            }

            if (string.CompareOrdinal(from, to) > 0)
            {
                throw DateError($"Invalid date range: business_date_from ({from}) is after business_date_to ({to})", "business_date_from");
            }

            // A range wins over a single date, as in the original.
            date = null;
            logs = new LogScope { StoreCode = storeCode, TerminalNo = terminalNo, DateFrom = from, DateTo = to, OpenCounter = openCounter };
        }
        else if (date is not null)
        {
            logs = LogScope.OneDate(storeCode, terminalNo, date, openCounter);
        }
        else
        {
            throw DateError("Either business_date or both business_date_from and business_date_to must be specified", "business_date");
        }

        return new ReportRequest { Scope = scope, Type = type, Logs = logs, BusinessDate = date, BusinessCounter = businessCounter };
    }

    private static string Required(IQueryCollection query, string name) =>
        query[name].ToString() is { Length: > 0 } value
            ? value
            : throw new KugelposException(StatusCodes.Status422UnprocessableEntity, KugelposErrorCodes.ValidationError, $"{name} is required", name);

    private static int? Number(IQueryCollection query, string name)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new KugelposException(StatusCodes.Status422UnprocessableEntity, KugelposErrorCodes.ValidationError, $"{name} must be a whole number of 0 or more", name);
    }

    private static string? Date(IQueryCollection query, string name)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return BusinessDates.IsValid(text) ? text : throw DateError($"{name} must be a date written YYYYMMDD", name);
    }

    private static KugelposException DateError(string message, string field) =>
        new(StatusCodes.Status400BadRequest, ReportErrorCodes.ReportDateError, message, field);
}
