using System.Globalization;
using System.Text.RegularExpressions;
using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.Journal.Journals;

/// <summary>
/// <c>GET .../stores/{store_code}/journals</c>: the store's entries with every filter of the original
/// (terminals, transaction types, business date, generation time and receipt number ranges, keywords
/// in the journal text), paged and sorted (terminal, business date, receipt number by default).
/// </summary>
internal static partial class SearchJournalsEndpoint
{
    public const string Name = "get_journals";

    public static async Task<JsonHttpResult<ApiResponse<IReadOnlyList<JournalView>>>> HandleAsync(
        string tenant_id,
        string store_code,
        PageQuery page,
        JournalStore store,
        [FromQuery(Name = "terminals")] string[]? terminals,
        [FromQuery(Name = "transaction_types")] string[]? transactionTypes,
        [FromQuery(Name = "business_date_from")] string? businessDateFrom,
        [FromQuery(Name = "business_date_to")] string? businessDateTo,
        [FromQuery(Name = "generate_date_time_from")] string? generateDateTimeFrom,
        [FromQuery(Name = "generate_date_time_to")] string? generateDateTimeTo,
        [FromQuery(Name = "receipt_no_from")] string? receiptNoFrom,
        [FromQuery(Name = "receipt_no_to")] string? receiptNoTo,
        [FromQuery(Name = "keywords")] string[]? keywords,
        CancellationToken cancellationToken)
    {
        var query = new JournalQuery
        {
            StoreCode = store_code,
            Terminals = Numbers(terminals, "terminals"),
            TransactionTypes = Numbers(transactionTypes, "transaction_types"),
            BusinessDateFrom = BusinessDate(businessDateFrom, "business_date_from"),
            BusinessDateTo = BusinessDate(businessDateTo, "business_date_to"),
            GeneratedFrom = Time(generateDateTimeFrom, "generate_date_time_from"),
            GeneratedTo = Time(generateDateTimeTo, "generate_date_time_to"),
            ReceiptNoFrom = Number(receiptNoFrom, "receipt_no_from"),
            ReceiptNoTo = Number(receiptNoTo, "receipt_no_to"),
            Keywords = [.. (keywords ?? []).Where(k => !string.IsNullOrEmpty(k))],
        };

        // Sorting is checked before the search, so a bad sort is a 422 and not a store error.
        _ = JournalStore.Sorting.Keys(page.Sort);
        var (found, total) = await store.SearchAsync(tenant_id, query, page, cancellationToken);
        return ApiResults.Page<JournalView>(
            [.. found.Select(JournalView.From)],
            page.Metadata(total, JournalStore.Sorting),
            $"Journals found successfully. tenant_id: {tenant_id}, store_code: {store_code}",
            Name);
    }

    // The original takes repeated parameters (terminals=1&terminals=2); a comma list is taken too.
    private static int[] Numbers(string[]? values, string field) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => Number(v, field)!.Value)];

    private static int? Number(string? text, string field)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw JournalErrors.BadFormat(field, "a whole number");
    }

    private static string? BusinessDate(string? text, string field)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return BusinessDatePattern().IsMatch(text) ? text : throw JournalErrors.BadFormat(field, "YYYYMMDD");
    }

    private static DateTime? Time(string? text, string field)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return (JournalTimes.Parse(text) ?? throw JournalErrors.BadFormat(field, "YYYYMMDDTHHMMSS or an ISO 8601 date and time")).UtcDateTime;
    }

    [GeneratedRegex("^[0-9]{8}$")]
    private static partial Regex BusinessDatePattern();
}
