using Kugelpos.DocumentStore.Queries;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.MasterData.Taxes;

/// <summary><c>/api/v1/tenants/{tenant_id}/taxes</c>: the tax master, read-only as in the original.</summary>
internal static class TaxEndpoints
{
    public const string ListOperation = "get_taxes";

    public const string GetOperation = "get_tax";

    private static readonly Dictionary<string, Func<TaxView, object?>> Keys = new(StringComparer.Ordinal)
    {
        ["taxCode"] = t => t.TaxCode,
        ["taxType"] = t => t.TaxType,
        ["taxName"] = t => t.TaxName,
        ["rate"] = t => t.Rate,
        ["roundDigit"] = t => t.RoundDigit,
        ["roundMethod"] = t => t.RoundMethod,
    };

    /// <summary>The sortable fields; the default is the code, ascending.</summary>
    public static SortFields Sort { get; } = new(
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["tax_code"] = "taxCode",
            ["tax_type"] = "taxType",
            ["tax_name"] = "taxName",
            ["rate"] = "rate",
            ["round_digit"] = "roundDigit",
            ["round_method"] = "roundMethod",
        },
        "tax_code:1");

    public static void Map(RouteGroupBuilder tenant)
    {
        tenant.MapGet("taxes", List).WithName(ListOperation)
            .RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<IReadOnlyList<TaxView>>>(StatusCodes.Status200OK);
        tenant.MapGet("taxes/{tax_code}", Get).WithName(GetOperation)
            .RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<TaxView>>(StatusCodes.Status200OK);
    }

    public static JsonHttpResult<ApiResponse<IReadOnlyList<TaxView>>> List(
        [FromRoute(Name = "tenant_id")] string tenantId, PageQuery page)
    {
        var keys = Sort.Keys(page.Sort);
        IEnumerable<TaxView> sorted = TaxMaster.All;
        IOrderedEnumerable<TaxView>? ordered = null;
        foreach (var key in keys)
        {
            var selector = Keys[key.Field];
            var descending = key.Direction == SortDirection.Descending;
            ordered = ordered is null
                ? descending ? sorted.OrderByDescending(selector, ValueComparer.Instance) : sorted.OrderBy(selector, ValueComparer.Instance)
                : descending ? ordered.ThenByDescending(selector, ValueComparer.Instance) : ordered.ThenBy(selector, ValueComparer.Instance);
        }

        var all = (ordered ?? sorted).ToList();
        IReadOnlyList<TaxView> items = [.. all.Skip(page.Skip).Take(page.Limit == 0 ? all.Count : page.Limit)];
        return ApiResults.Page(
            items,
            page.Metadata(all.Count, Sort),
            $"Taxes found successfully for tenant_id: {tenantId}. Total count: {all.Count}",
            ListOperation);
    }

    public static JsonHttpResult<ApiResponse<TaxView>> Get(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "tax_code")] string taxCode)
    {
        var tax = TaxMaster.Find(taxCode)
            ?? throw KugelposException.NotFound($"Tax {taxCode} not found, tenant_id: {tenantId}");
        return ApiResults.Ok(tax, $"Tax {taxCode} found successfully for tenant_id: {tenantId}", GetOperation);
    }
}
