using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;

namespace Kugelpos.Cart.Carts;

/// <summary>The <c>/api/v1/carts</c> endpoints (every cart path of the original's API but the bill).</summary>
public static class CartEndpoints
{
    /// <summary>Maps the cart endpoints, each for a terminal of the caller's tenant (<see cref="CartAccess"/>).</summary>
    /// <param name="app">The built application.</param>
    public static WebApplication MapCartEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var carts = app.MapApiGroup("api/v1/carts").RequireAuthorization(KugelposPolicies.Tenant);
        carts.MapPost(string.Empty, CreateCartEndpoint.HandleAsync)
            .WithName(CreateCartEndpoint.Name).Produces<ApiResponse<CartCreateResponse>>(StatusCodes.Status201Created);
        carts.MapGet("{cart_id}", CartOperationEndpoints.GetAsync)
            .WithName(CartOperationEndpoints.GetName).Produces<ApiResponse<CartView>>();
        carts.MapPost("{cart_id}/cancel", CartOperationEndpoints.CancelAsync)
            .WithName(CartOperationEndpoints.CancelName).Produces<ApiResponse<CartView>>();
        carts.MapPost("{cart_id}/lineItems", LineItemEndpoints.AddAsync)
            .WithName(LineItemEndpoints.AddName).Produces<ApiResponse<CartView>>();
        carts.MapPost("{cart_id}/lineItems/{lineNo:int}/cancel", LineItemEndpoints.CancelAsync)
            .WithName(LineItemEndpoints.CancelName).Produces<ApiResponse<CartView>>();
        carts.MapPatch("{cart_id}/lineItems/{lineNo:int}/unitPrice", LineItemEndpoints.UnitPriceAsync)
            .WithName(LineItemEndpoints.UnitPriceName).Produces<ApiResponse<CartView>>();
        carts.MapPatch("{cart_id}/lineItems/{lineNo:int}/quantity", LineItemEndpoints.QuantityAsync)
            .WithName(LineItemEndpoints.QuantityName).Produces<ApiResponse<CartView>>();
        carts.MapPost("{cart_id}/lineItems/{lineNo:int}/discounts", LineItemEndpoints.DiscountsAsync)
            .WithName(LineItemEndpoints.DiscountsName).Produces<ApiResponse<CartView>>();
        carts.MapPost("{cart_id}/subtotal", CartOperationEndpoints.SubtotalAsync)
            .WithName(CartOperationEndpoints.SubtotalName).Produces<ApiResponse<CartView>>();
        carts.MapPost("{cart_id}/discounts", CartOperationEndpoints.DiscountsAsync)
            .WithName(CartOperationEndpoints.DiscountsName).Produces<ApiResponse<CartView>>();
        carts.MapPost("{cart_id}/payments", CartOperationEndpoints.PaymentsAsync)
            .WithName(CartOperationEndpoints.PaymentsName).Produces<ApiResponse<CartView>>();
        carts.MapPost("{cart_id}/resume-item-entry", CartOperationEndpoints.ResumeItemEntryAsync)
            .WithName(CartOperationEndpoints.ResumeName).Produces<ApiResponse<CartView>>();
        return app;
    }
}
