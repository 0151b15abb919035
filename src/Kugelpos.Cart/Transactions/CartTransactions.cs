using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.Cart.Actors.Transactions;
using Kugelpos.Dapr.Actors;
using Kugelpos.Dapr.Outbox;
using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kugelpos.Cart.Transactions;

/// <summary>
/// The cart's transactions: the <see cref="TransactionActor"/> it hosts, the durable logs in
/// <c>db_cart_{tenant}</c>, and the <c>.../terminals/{terminal_no}/transactions</c> endpoints.
/// </summary>
public static class CartTransactions
{
    /// <summary>Hosts <see cref="TransactionActor"/> and registers the transaction store and client.</summary>
    /// <param name="builder">The application builder.</param>
    public static WebApplicationBuilder AddCartTransactions(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddKugelposActors(options => options.Actors.RegisterActor<TransactionActor>());
        var services = builder.Services;
        services.TryAddSingleton<TransactionStore>();
        services.TryAddSingleton<ITransactionStore>(provider => provider.GetRequiredService<TransactionStore>());
        services.TryAddSingleton<TransactionActorClient>();
        return builder;
    }

    /// <summary>Maps the transaction endpoints (the service maps the actor runtime's once, for every cart actor).</summary>
    /// <param name="app">The built application.</param>
    public static WebApplication MapCartTransactions(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var transactions = app.MapApiGroup("api/v1/tenants/{tenant_id}/stores/{store_code}/terminals/{terminal_no:int}/transactions");
        transactions.MapGet(string.Empty, ListTransactionsEndpoint.HandleAsync)
            .WithName(ListTransactionsEndpoint.Name).RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<IReadOnlyList<TransactionView>>>();
        transactions.MapGet("{transaction_no:int}", GetTransactionEndpoint.HandleAsync)
            .WithName(GetTransactionEndpoint.Name).RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<TransactionView>>();
        transactions.MapPost("{transaction_no:int}/void", ReversalEndpoint.VoidAsync)
            .WithName(ReversalEndpoint.VoidName).RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<TransactionView>>();
        transactions.MapPost("{transaction_no:int}/return", ReversalEndpoint.ReturnAsync)
            .WithName(ReversalEndpoint.ReturnName).RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<TransactionView>>();
        transactions.MapPost("{transaction_no:int}/delivery-status", DeliveryStatusEndpoint.HandleAsync)
            .WithName(DeliveryStatusEndpoint.Name).RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<DeliveryStatusUpdateResponse>>();
        return app;
    }
}
