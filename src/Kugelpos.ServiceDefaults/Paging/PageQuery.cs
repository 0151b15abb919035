using System.Globalization;
using System.Reflection;
using Kugelpos.DocumentStore.Queries;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.ServiceDefaults.Paging;

/// <summary>
/// The original's list query: <c>?limit=100&amp;page=1&amp;sort=field1:1,field2:-1</c>. Handlers
/// take it as a parameter; <see cref="SortFields"/> turns the sort into document paths and
/// <see cref="Metadata"/> writes the <c>metadata</c> block the original sends.
/// </summary>
/// <param name="Limit">Items per page, 0 for all (as the original), at most <see cref="MaxLimit"/>.</param>
/// <param name="Page">The 1-based page.</param>
/// <param name="Sort">The raw sort text, or null for the resource's default sort.</param>
public sealed record PageQuery(int Limit, int Page, string? Sort)
{
    /// <summary>The original's default page size.</summary>
    public const int DefaultLimit = 100;

    /// <summary>
    /// Ours: the largest page. The original took any limit, so one request could read a whole
    /// tenant's items into memory.
    /// </summary>
    public const int MaxLimit = 1000;

    /// <summary>The first page with the default size and sort.</summary>
    public static PageQuery Default { get; } = new(DefaultLimit, 1, null);

    /// <summary>How many documents to pass over.</summary>
    public int Skip => Limit == 0 ? 0 : (int)Math.Min(int.MaxValue, (long)(Page - 1) * Limit);

    /// <summary>
    /// Minimal-API binding from <c>limit</c>, <c>page</c> and <c>sort</c>; a value that is not a
    /// number or out of range is a 422 naming the parameter, as a body field would be.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="parameter">The handler parameter.</param>
    public static ValueTask<PageQuery?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = context.Request.Query;
        var limit = ReadInt(query["limit"], "limit", DefaultLimit, 0, MaxLimit);
        var page = ReadInt(query["page"], "page", 1, 1, int.MaxValue);
        var sort = query["sort"].ToString();
        return ValueTask.FromResult<PageQuery?>(new PageQuery(limit, page, string.IsNullOrWhiteSpace(sort) ? null : sort));
    }

    /// <summary>The find options for this page, sorted by the requested or default sort.</summary>
    /// <param name="fields">The fields this resource may be sorted by, and its default sort.</param>
    public DocumentFindOptions FindOptions(SortFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new DocumentFindOptions
        {
            Sort = fields.Keys(Sort),
            Skip = Skip,
            Limit = Limit == 0 ? null : Limit,
        };
    }

    /// <summary>The <c>metadata</c> block of the page: total, page, limit, sort (as applied) and filter.</summary>
    /// <param name="total">Matching items across all pages.</param>
    /// <param name="fields">The resource's sort fields, to spell the applied sort.</param>
    /// <param name="filter">The conditions the list was filtered by, in the original's field names.</param>
    public ResponseMetadata Metadata(long total, SortFields fields, IReadOnlyDictionary<string, object?>? filter = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new ResponseMetadata(total, Page, Limit, fields.Describe(Sort), filter);
    }

    private static int ReadInt(string? text, string name, int fallback, int min, int max)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            || value < min || value > max)
        {
            throw new KugelposException(
                StatusCodes.Status422UnprocessableEntity,
                KugelposErrorCodes.ValidationError,
                $"{name} must be a whole number from {min} to {max}",
                name);
        }

        return value;
    }
}
