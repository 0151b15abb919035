using Kugelpos.Dapr;
using Kugelpos.Report.DailyInfo;
using Kugelpos.Report.Journal;
using Kugelpos.Report.Logs;
using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kugelpos.Report.Reports;

/// <summary>
/// <c>GET .../stores/{store_code}/reports</c> and <c>.../terminals/{terminal_no}/reports</c>: a
/// report of a store or a terminal for a date, a session or a date range.
/// </summary>
internal static class ReportEndpoints
{
    public const string StoreName = "get_report_for_store";

    public const string TerminalName = "get_report_for_terminal";

    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportMaker, SalesReportMaker>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportMaker, LineReportMaker<CategoryReportItem>>(
            provider => new(provider.GetRequiredService<ReportLogStore>(), provider.GetRequiredService<TimeProvider>(), LineGroupings.ByCategory)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportMaker, PaymentReportMaker>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportMaker, LineReportMaker<CategoryWithItems>>(
            provider => new(provider.GetRequiredService<ReportLogStore>(), provider.GetRequiredService<TimeProvider>(), LineGroupings.ByItem)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportMaker, PromotionReportMaker>());
        services.TryAddTransient<ReportMakers>();
        services.TryAddSingleton<DailyCheck>();
        services.TryAddSingleton<DailyInfoStore>();
        services.AddDaprServiceClient<ReportJournal>(ReportJournal.AppId);
        return services;
    }

    public static WebApplication MapReports(this WebApplication app)
    {
        var stores = app.MapApiGroup("api/v1/tenants/{tenant_id}/stores/{store_code}");
        stores.MapGet("reports", ForStoreAsync).WithName(StoreName)
            .RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<SalesReportView>>();
        stores.MapGet("terminals/{terminal_no:int}/reports", ForTerminalAsync).WithName(TerminalName)
            .RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<SalesReportView>>();
        return app;
    }

    internal static Task<JsonHttpResult<ApiResponse<object>>> ForStoreAsync(
        string tenant_id, string store_code, PageQuery page, HttpRequest request, KugelposCaller caller, ReportMakers makers, CancellationToken cancellationToken) =>
        MakeAsync(tenant_id, ReportRequest.Parse(request.Query, store_code, null), page, caller, makers, StoreName, cancellationToken);

    internal static Task<JsonHttpResult<ApiResponse<object>>> ForTerminalAsync(
        string tenant_id, string store_code, int terminal_no, PageQuery page, HttpRequest request, KugelposCaller caller, ReportMakers makers, CancellationToken cancellationToken) =>
        MakeAsync(tenant_id, ReportRequest.Parse(request.Query, store_code, terminal_no), page, caller, makers, TerminalName, cancellationToken);

    private static async Task<JsonHttpResult<ApiResponse<object>>> MakeAsync(
        string tenantId, ReportRequest report, PageQuery page, KugelposCaller caller, ReportMakers makers, string operation, CancellationToken cancellationToken)
    {
        // A report is one document: limit, page and sort are read (and checked) as the original's, and change nothing.
        _ = page;
        var maker = makers.For(report.Type)
            ?? throw new KugelposException(StatusCodes.Status404NotFound, ReportErrorCodes.ReportNotFound, $"Invalid report type: {report.Type}", "report_type");

        if (report.Scope == ReportScope.Daily && !report.IsRange)
        {
            await makers.Check.EnsureClosedAsync(tenantId, report.Logs, cancellationToken);
        }

        var view = await maker.MakeAsync(tenantId, report, cancellationToken);
        if (caller.Terminal is { } terminal)
        {
            await makers.Journal.FileAsync(tenantId, report, view, terminal, cancellationToken);
        }

        return ApiResults.Ok<object>(view, $"{char.ToUpperInvariant(report.Type[0])}{report.Type[1..]} report fetched successfully", operation);
    }
}
