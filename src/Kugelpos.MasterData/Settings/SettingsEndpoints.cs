using System.Globalization;
using Kugelpos.MasterData.Validation;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.MasterData.Settings;

/// <summary>
/// <c>/api/v1/tenants/{tenant_id}/settings</c>: the tenant's settings with values per store and per
/// terminal, and the value one terminal resolves to, with the original's operation names and messages.
/// </summary>
internal static class SettingsEndpoints
{
    public const string CreateOperation = "create_settings_master_async";
    public const string ListOperation = "get_settings_master_async";
    public const string GetOperation = "get_settings_master_by_name_async";
    public const string ValueOperation = "get_settings_value_by_name_async";
    public const string UpdateOperation = "update_settings_master_async";
    public const string DeleteOperation = "delete_settings_master_async";

    public static void Map(RouteGroupBuilder tenant)
    {
        tenant.MapPost("settings", CreateAsync).WithName(CreateOperation)
            .RequireAuthorization(KugelposPolicies.User).Produces<ApiResponse<SettingsView>>(StatusCodes.Status201Created);
        tenant.MapGet("settings", ListAsync).WithName(ListOperation)
            .RequireAuthorization(KugelposPolicies.Tenant).Produces<ApiResponse<IReadOnlyList<SettingsView>>>(StatusCodes.Status200OK);
        tenant.MapGet("settings/{name}", GetAsync).WithName(GetOperation)
            .RequireAuthorization(KugelposPolicies.Tenant).Produces<ApiResponse<SettingsView>>(StatusCodes.Status200OK);
        tenant.MapGet("settings/{name}/value", ValueAsync).WithName(ValueOperation)
            .RequireAuthorization(KugelposPolicies.Tenant).Produces<ApiResponse<SettingValueView>>(StatusCodes.Status200OK);
        tenant.MapPut("settings/{name}", UpdateAsync).WithName(UpdateOperation)
            .RequireAuthorization(KugelposPolicies.User).Produces<ApiResponse<SettingsView>>(StatusCodes.Status200OK);
        tenant.MapDelete("settings/{name}", DeleteAsync).WithName(DeleteOperation)
            .RequireAuthorization(KugelposPolicies.User).Produces<ApiResponse<SettingsDeleted>>(StatusCodes.Status200OK);
    }

    public static async Task<JsonHttpResult<ApiResponse<SettingsView>>> CreateAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, SettingsCreateRequest request,
        SettingsRepository settings, TimeProvider time, CancellationToken cancellationToken)
    {
        var setting = new SettingsDocument(
            Guid.CreateVersion7(time.GetUtcNow()).ToString("N"), request.Name!, request.StoredDefaultValue(), request.ScopedValues(),
            time.GetUtcNow(), null);
        await settings.AddAsync(
            tenantId, setting, "name", $"settings with name {setting.Name} already exists. tenant_id: {tenantId}", cancellationToken);
        return ApiResults.Created(SettingsView.From(setting), $"Settings created successfully. settings_id: {setting.Name}", CreateOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<IReadOnlyList<SettingsView>>>> ListAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, PageQuery page, SettingsRepository settings, CancellationToken cancellationToken)
    {
        var (items, total) = await settings.PageAsync(tenantId, null, page, cancellationToken);
        return ApiResults.Page<SettingsView>(
            [.. items.Select(SettingsView.From)],
            page.Metadata(total, settings.Sort),
            $"Settings retrieved successfully. Total count: {total}",
            ListOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<SettingsView>>> GetAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, string name, SettingsRepository settings, CancellationToken cancellationToken)
    {
        var setting = await settings.FindAsync(tenantId, name, cancellationToken)
            ?? throw KugelposException.NotFound($"Settings not found. settings name: {name}");
        return ApiResults.Ok(SettingsView.From(setting), $"Settings found. settings_id: {name}", GetOperation);
    }

    /// <summary>The value for a store's terminal; <c>store_code</c> and <c>terminal_no</c> are required, as in the original.</summary>
    public static async Task<JsonHttpResult<ApiResponse<SettingValueView>>> ValueAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, string name,
        [FromQuery(Name = "store_code")] string? storeCode, [FromQuery(Name = "terminal_no")] string? terminalNo,
        SettingsRepository settings, CancellationToken cancellationToken)
    {
        var store = RouteCodes.Require(storeCode, "store_code");
        if (!int.TryParse(terminalNo, NumberStyles.None, CultureInfo.InvariantCulture, out var terminal))
        {
            throw KugelposException.InvalidField("terminal_no", "terminal_no is required and must be a whole number");
        }

        var setting = await RequireAsync(settings, tenantId, name, cancellationToken);
        return ApiResults.Ok(
            new SettingValueView(SettingValueResolution.Resolve(setting, store, terminal)),
            $"Settings value found. settings_name: {name}",
            ValueOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<SettingsView>>> UpdateAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, string name, SettingsRequest request,
        SettingsRepository settings, TimeProvider time, CancellationToken cancellationToken)
    {
        var setting = await RequireAsync(settings, tenantId, name, cancellationToken);
        var updated = setting with
        {
            DefaultValue = request.StoredDefaultValue(),
            Values = request.ScopedValues(),
            UpdatedAt = time.GetUtcNow(),
        };
        await settings.SaveAsync(tenantId, updated, cancellationToken);
        return ApiResults.Ok(SettingsView.From(updated), $"Settings updated successfully. settings_id: {name}", UpdateOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<SettingsDeleted>>> DeleteAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, string name, SettingsRepository settings, CancellationToken cancellationToken)
    {
        var setting = await RequireAsync(settings, tenantId, name, cancellationToken);
        await settings.DeleteAsync(tenantId, setting, cancellationToken);
        return ApiResults.Ok(new SettingsDeleted(name), $"Settings deleted successfully. settings_id: {name}", DeleteOperation);
    }

    private static async Task<SettingsDocument> RequireAsync(
        SettingsRepository settings, string tenantId, string name, CancellationToken cancellationToken) =>
        await settings.FindAsync(tenantId, name, cancellationToken)
            ?? throw KugelposException.NotFound($"settings with name {name} not found");
}
