using Kugelpos.DocumentStore;
using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.MasterData.Staff;

/// <summary>
/// <c>/api/v1/tenants/{tenant_id}/staff</c>: the tenant's staff, with the original's operation names
/// and messages. Reads take any identity of the tenant; writes a user's JWT.
/// </summary>
internal static class StaffEndpoints
{
    public static void MapStaff(this IEndpointRouteBuilder app)
    {
        var staff = app.MapApiGroup("api/v1/tenants/{tenant_id}/staff");
        staff.MapPost(string.Empty, CreateAsync).WithName("create_staff_master_async")
            .RequireAuthorization(KugelposPolicies.User).Produces<ApiResponse<StaffView>>(StatusCodes.Status201Created);
        staff.MapGet(string.Empty, ListAsync).WithName("get_staff_master_all_async")
            .RequireAuthorization(KugelposPolicies.Tenant).Produces<ApiResponse<IReadOnlyList<StaffView>>>();
        staff.MapGet("{staff_id}", GetAsync).WithName("get_staff_master_async")
            .RequireAuthorization(KugelposPolicies.Tenant).Produces<ApiResponse<StaffView>>();
        staff.MapPut("{staff_id}", UpdateAsync).WithName("update_staff_master_async")
            .RequireAuthorization(KugelposPolicies.User).Produces<ApiResponse<StaffView>>();
        staff.MapDelete("{staff_id}", DeleteAsync).WithName("delete_staff_master_async")
            .RequireAuthorization(KugelposPolicies.User).Produces<ApiResponse<StaffDeleted>>();
    }

    private static async Task<JsonHttpResult<ApiResponse<StaffView>>> CreateAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, StaffCreateRequest request,
        StaffDirectory directory, StaffPresenter presenter, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = new StaffDocument(
            Guid.CreateVersion7(time.GetUtcNow()).ToString("N"), Validated.Value(request.Id), Validated.Value(request.Name), presenter.ProtectPin(Validated.Value(request.Pin)),
            Validated.Value(request.Roles), StoredTime.Now(time), null);
        await directory.AddAsync(tenantId, staff, cancellationToken);
        return ApiResults.Created(
            presenter.View(staff, withPin: true), $"Staff created successfully. staff_id: {staff.StaffId}", "create_staff_master_async");
    }

    private static async Task<JsonHttpResult<ApiResponse<IReadOnlyList<StaffView>>>> ListAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, PageQuery page, HttpContext context,
        StaffDirectory directory, StaffPresenter presenter, CancellationToken cancellationToken)
    {
        var (found, total) = await directory.ListAsync(tenantId, page, cancellationToken);
        var withPin = await presenter.MayReadPinsAsync(context);
        return ApiResults.Page<StaffView>(
            [.. found.Select(staff => presenter.View(staff, withPin))],
            page.Metadata(total, StaffDirectory.Sort),
            $"All staff found. Total count: {total}",
            "get_staff_master_all_async");
    }

    private static async Task<JsonHttpResult<ApiResponse<StaffView>>> GetAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "staff_id")] string staffId, HttpContext context,
        StaffDirectory directory, StaffPresenter presenter, CancellationToken cancellationToken)
    {
        var staff = await directory.GetAsync(tenantId, staffId, cancellationToken);
        var withPin = await presenter.MayReadPinsAsync(context);
        return ApiResults.Ok(presenter.View(staff, withPin), $"Staff found. staff_id: {staff.StaffId}", "get_staff_master_async");
    }

    private static async Task<JsonHttpResult<ApiResponse<StaffView>>> UpdateAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "staff_id")] string staffId, StaffRequest request,
        StaffDirectory directory, StaffPresenter presenter, TimeProvider time, CancellationToken cancellationToken)
    {
        var stored = await directory.GetAsync(tenantId, staffId, cancellationToken);
        var staff = stored with
        {
            Name = Validated.Value(request.Name),
            ProtectedPin = presenter.ProtectPin(Validated.Value(request.Pin)),
            Roles = Validated.Value(request.Roles),
            UpdatedAt = StoredTime.Now(time),
        };
        await directory.SaveAsync(tenantId, staff, cancellationToken);
        return ApiResults.Ok(
            presenter.View(staff, withPin: true), $"Staff updated successfully. staff_id: {staff.StaffId}", "update_staff_master_async");
    }

    private static async Task<JsonHttpResult<ApiResponse<StaffDeleted>>> DeleteAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "staff_id")] string staffId,
        StaffDirectory directory, CancellationToken cancellationToken)
    {
        await directory.DeleteAsync(tenantId, staffId, cancellationToken);
        return ApiResults.Ok(new StaffDeleted(staffId), $"Staff deleted successfully. staff_id: {staffId}", "delete_staff_master_async");
    }
}
