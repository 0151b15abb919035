using Dapr.Actors;
using Dapr.Actors.Client;
using Kugelpos.Actors.Contracts.Carts;
using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Abstractions.Masters;
using Kugelpos.Contracts.Transactions;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.Cart.Carts;

/// <summary>
/// <c>POST /api/v1/carts</c>: a new cart for the caller's terminal, only while the terminal (asked
/// at its actor, not read from a token that may be older) is Opened with a staff member signed in.
/// The cart keeps the tenant's taxes and settings as they are now.
/// </summary>
internal static class CreateCartEndpoint
{
    public const string Name = "create_cart";

    public static async Task<JsonHttpResult<ApiResponse<CartCreateResponse>>> HandleAsync(
        CartCreateRequest request, [FromQuery(Name = "terminal_id")] string? terminalId, KugelposCaller caller,
        IActorProxyFactory proxies, ICartMasterData masterData, CartActorClient carts, CancellationToken cancellationToken)
    {
        var owner = CartAccess.Terminal(caller, terminalId);
        var (terminal, staff) = await OpenedTerminalAsync(proxies, owner.TerminalId);
        var taxes = await masterData.TaxesAsync(owner.TenantId, cancellationToken);
        var settings = await masterData.SettingsAsync(owner.TenantId, cancellationToken);
        var cartId = CartOwner.NewCartId(owner.TerminalId);
        CartReplies.Accepted(await carts.CreateAsync(cartId, new CreateCartRequest
        {
            TenantId = owner.TenantId,
            StoreCode = owner.StoreCode,
            TerminalNo = owner.TerminalNo,
            BusinessDate = terminal.BusinessDate,
            OpenCounter = terminal.OpenCounter,
            BusinessCounter = terminal.BusinessCounter,
            User = request.UserId is null && request.UserName is null ? null : new TransactionUser { Id = request.UserId, Name = request.UserName },
            Staff = new TransactionStaff { Id = staff.StaffId, Name = staff.StaffName },
            Taxes = taxes,
            Settings = settings,
        }, cancellationToken));
        return ApiResults.Created(new CartCreateResponse(cartId), $"Cart Created. cart_id: {cartId}", Name);
    }

    private static async Task<(TerminalSnapshot Terminal, SignedInStaff Staff)> OpenedTerminalAsync(IActorProxyFactory proxies, string terminalId)
    {
        var reply = await proxies.CreateActorProxy<ITerminalActor>(new ActorId(terminalId), TerminalActorType.Name).GetStatusAsync();
        if (reply.Terminal is not { } terminal)
        {
            throw new KugelposException(
                StatusCodes.Status400BadRequest, CartErrorCodes.TerminalStatusError, reply.Refusal?.Message ?? $"Terminal {terminalId} was not found.", "terminal_id");
        }

        if (terminal.Status != TerminalStatus.Opened)
        {
            throw new KugelposException(
                StatusCodes.Status400BadRequest, CartErrorCodes.TerminalStatusError, $"Terminal is not opened. status: {terminal.Status}", "status");
        }

        return terminal.Staff is { } staff
            ? (terminal, staff)
            : throw new KugelposException(StatusCodes.Status400BadRequest, CartErrorCodes.SignInOutError, "Terminal is not signed in", "staff");
    }
}
