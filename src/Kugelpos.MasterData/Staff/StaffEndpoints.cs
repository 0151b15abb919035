using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.MasterData.Staff;

/// <summary>
/// <c>/api/v1/tenants/{tenant_id}/staff</c>: the tenant's staff, with the original's operation names
/// and messages. Reads take any identity of the tenant (the terminal service looks staff up for
/// sign-in with a service token); writes a user's JWT.
/// </summary>
internal static class StaffEndpoints
{
    public const string CreateOperation = "create_staff_master_async";
    public const string ListOperation = "get_staff_master_all_async";
    public const string GetOperation = "get_staff_master_async";
    public const string UpdateOperation = "update_staff_master_async";
    public const string DeleteOperation = "delete_staff_master_async";

    public static void Map(RouteGroupBuilder tenant)
    {
        tenant.MapPost("staff", CreateAsync).WithName(CreateOperation)
            .RequireAuthorization(KugelposPolicies.User).Produces<ApiResponse<StaffView>>(StatusCodes.Status201Created);
        tenant.MapGet("staff", ListAsync).WithName(ListOperation)
            .RequireAuthorization(KugelposPolicies.Tenant).Produces<ApiResponse<IReadOnlyList<StaffView>>>(StatusCodes.Status200OK);
        tenant.MapGet("staff/{staff_id}", GetAsync).WithName(GetOperation)
            .RequireAuthorization(KugelposPolicies.Tenant).Produces<ApiResponse<StaffView>>(StatusCodes.Status200OK);
        tenant.MapPut("staff/{staff_id}", UpdateAsync).WithName(UpdateOperation)
            .RequireAuthorization(KugelposPolicies.User).Produces<ApiResponse<StaffView>>(StatusCodes.Status200OK);
        tenant.MapDelete("staff/{staff_id}", DeleteAsync).WithName(DeleteOperation)
            .RequireAuthorization(KugelposPolicies.User).Produces<ApiResponse<StaffDeleted>>(StatusCodes.Status200OK);
    }

    public static async Task<JsonHttpResult<ApiResponse<StaffView>>> CreateAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, StaffCreateRequest request,
        StaffRepository repository, StaffPresenter presenter, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = new StaffDocument(
            Guid.CreateVersion7(time.GetUtcNow()).ToString("N"), request.Id!, request.Name!, presenter.ProtectPin(request.Pin!),
            request.Roles!, time.GetUtcNow(), null);
        await repository.AddAsync(
            tenantId, staff, "id", $"staff with id {staff.StaffId} already exists. tenant_id: {tenantId}", cancellationToken);
        return ApiResults.Created(presenter.View(staff, withPin: true), $"Staff created successfully. staff_id: {staff.StaffId}", CreateOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<IReadOnlyList<StaffView>>>> ListAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, PageQuery page, HttpContext context,
        StaffRepository repository, StaffPresenter presenter, CancellationToken cancellationToken)
    {
        var (items, total) = await repository.PageAsync(tenantId, null, page, cancellationToken);
        var withPin = await presenter.MayReadPinsAsync(context);
        return ApiResults.Page<StaffView>(
            [.. items.Select(staff => presenter.View(staff, withPin))],
            page.Metadata(total, repository.Sort),
            $"All staff found. Total count: {total}",
            ListOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<StaffView>>> GetAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "staff_id")] string staffId, HttpContext context,
        StaffRepository repository, StaffPresenter presenter, CancellationToken cancellationToken)
    {
        var staff = await RequireAsync(repository, tenantId, staffId, cancellationToken);
        var withPin = await presenter.MayReadPinsAsync(context);
        return ApiResults.Ok(presenter.View(staff, withPin), $"Staff found. staff_id: {staffId}", GetOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<StaffView>>> UpdateAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "staff_id")] string staffId, StaffRequest request,
        StaffRepository repository, StaffPresenter presenter, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = await RequireAsync(repository, tenantId, staffId, cancellationToken);
        var updated = staff with
        {
            Name = request.Name!,
            ProtectedPin = presenter.ProtectPin(request.Pin!),
            Roles = request.Roles!,
            UpdatedAt = time.GetUtcNow(),
        };
        await repository.SaveAsync(tenantId, updated, cancellationToken);
        return ApiResults.Ok(presenter.View(updated, withPin: true), $"Staff updated successfully. staff_id: {staffId}", UpdateOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<StaffDeleted>>> DeleteAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "staff_id")] string staffId,
        StaffRepository repository, CancellationToken cancellationToken)
    {
        var staff = await RequireAsync(repository, tenantId, staffId, cancellationToken);
        await repository.DeleteAsync(tenantId, staff, cancellationToken);
        return ApiResults.Ok(new StaffDeleted(staffId), $"Staff deleted successfully. staff_id: {staffId}", DeleteOperation);
    }

    private static async Task<StaffDocument> RequireAsync(
        StaffRepository repository, string tenantId, string staffId, CancellationToken cancellationToken) =>
        await repository.FindAsync(tenantId, staffId, cancellationToken)
            ?? throw KugelposException.NotFound($"staff with id {staffId} not found");
}
