using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.MasterData.Payments;

/// <summary><c>/api/v1/tenants/{tenant_id}/payments</c>: the tenant's payment methods.</summary>
internal static class PaymentEndpoints
{
    public const string CreateOperation = "create_payment";
    public const string ListOperation = "get_all_payments";
    public const string GetOperation = "get_payment";
    public const string UpdateOperation = "update_payment";
    public const string DeleteOperation = "delete_payment";

    public static void Map(RouteGroupBuilder tenant)
    {
        tenant.MapPost("payments", CreateAsync).WithName(CreateOperation)
            .RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<PaymentView>>(StatusCodes.Status201Created);
        tenant.MapGet("payments", ListAsync).WithName(ListOperation)
            .RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<IReadOnlyList<PaymentView>>>(StatusCodes.Status200OK);
        tenant.MapGet("payments/{payment_code}", GetAsync).WithName(GetOperation)
            .RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<PaymentView>>(StatusCodes.Status200OK);
        tenant.MapPut("payments/{payment_code}", UpdateAsync).WithName(UpdateOperation)
            .RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<PaymentView>>(StatusCodes.Status200OK);
        tenant.MapDelete("payments/{payment_code}", DeleteAsync).WithName(DeleteOperation)
            .RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<PaymentDeleteView>>(StatusCodes.Status200OK);
    }

    public static async Task<JsonHttpResult<ApiResponse<PaymentView>>> CreateAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        PaymentCreateRequest request,
        PaymentRepository payments,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var payment = new PaymentDocument(
            Guid.NewGuid().ToString("N"),
            request.PaymentCode!,
            request.Description!,
            request.LimitAmount!.Value,
            request.CanRefund!.Value,
            request.CanDepositOver!.Value,
            request.CanChange!.Value,
            request.IsActive!.Value,
            time.GetUtcNow(),
            null);
        await payments.AddAsync(
            tenantId,
            payment,
            "paymentCode",
            $"payment with payment_code {payment.PaymentCode} already exists. tenant_id: {tenantId}",
            cancellationToken);
        return ApiResults.Created(PaymentView.From(payment), $"Payment created. payment_code: {payment.PaymentCode}", CreateOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<IReadOnlyList<PaymentView>>>> ListAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, PageQuery page, PaymentRepository payments, CancellationToken cancellationToken)
    {
        var (found, total) = await payments.PageAsync(tenantId, null, page, cancellationToken);
        return ApiResults.Page<PaymentView>(
            [.. found.Select(PaymentView.From)], page.Metadata(total, payments.Sort), $"Payments found. Total payments: {total}", ListOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<PaymentView>>> GetAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        [FromRoute(Name = "payment_code")] string paymentCode,
        PaymentRepository payments,
        CancellationToken cancellationToken)
    {
        var payment = await payments.FindAsync(tenantId, paymentCode, cancellationToken) ?? throw NotFound(paymentCode);
        return ApiResults.Ok(PaymentView.From(payment), $"Payment found. payment_code: {paymentCode}", GetOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<PaymentView>>> UpdateAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        [FromRoute(Name = "payment_code")] string paymentCode,
        PaymentUpdateRequest request,
        PaymentRepository payments,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var payment = await payments.FindAsync(tenantId, paymentCode, cancellationToken) ?? throw NotFound(paymentCode);
        var updated = payment with
        {
            Description = request.Description!,
            LimitAmount = request.LimitAmount!.Value,
            CanRefund = request.CanRefund!.Value,
            CanDepositOver = request.CanDepositOver!.Value,
            CanChange = request.CanChange!.Value,
            IsActive = request.IsActive!.Value,
            UpdatedAt = time.GetUtcNow(),
        };
        await payments.SaveAsync(tenantId, updated, cancellationToken);
        return ApiResults.Ok(PaymentView.From(updated), $"Payment updated. payment_code: {paymentCode}", UpdateOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<PaymentDeleteView>>> DeleteAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        [FromRoute(Name = "payment_code")] string paymentCode,
        PaymentRepository payments,
        CancellationToken cancellationToken)
    {
        var payment = await payments.FindAsync(tenantId, paymentCode, cancellationToken) ?? throw NotFound(paymentCode);
        await payments.DeleteAsync(tenantId, payment, cancellationToken);
        return ApiResults.Ok(new PaymentDeleteView(paymentCode), $"Payment deleted. payment_code: {paymentCode}", DeleteOperation);
    }

    private static KugelposException NotFound(string paymentCode) =>
        KugelposException.NotFound($"Payment not found. payment_code: {paymentCode}");
}
