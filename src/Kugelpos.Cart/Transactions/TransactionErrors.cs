using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.Cart.Abstractions;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.Cart.Transactions;

/// <summary>The envelopes of refused transaction operations.</summary>
internal static class TransactionErrors
{
    /// <summary>The log of an accepted reply; a refusal thrown as its envelope.</summary>
    public static Contracts.Transactions.TransactionLog Accepted(TransactionReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Refusal is { } refusal)
        {
            throw Envelope(refusal);
        }

        return reply.Log ?? throw new InvalidOperationException("A transaction reply has neither a log nor a refusal.");
    }

    public static KugelposException Envelope(TransactionRefusal refusal) => refusal.Code switch
    {
        TransactionRefusalCode.NotFound => new(StatusCodes.Status404NotFound, KugelposErrorCodes.ResourceNotFound, refusal.Message, refusal.Field),
        TransactionRefusalCode.AlreadyVoided => new(StatusCodes.Status400BadRequest, CartErrorCodes.AlreadyVoided, refusal.Message, refusal.Field),
        TransactionRefusalCode.AlreadyRefunded => new(StatusCodes.Status400BadRequest, CartErrorCodes.AlreadyRefunded, refusal.Message, refusal.Field),
        TransactionRefusalCode.TerminalRefused => new(StatusCodes.Status400BadRequest, CartErrorCodes.TerminalStatusError, refusal.Message, refusal.Field ?? "terminal_id"),
        _ => new(StatusCodes.Status400BadRequest, KugelposErrorCodes.ValidationError, refusal.Message, refusal.Field),
    };

    /// <summary>The path's tenant is not the caller's (the original answers 400).</summary>
    public static void CheckTenant(string tenantId, ServiceDefaults.Security.KugelposCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (tenantId != caller.TenantId)
        {
            throw new KugelposException(StatusCodes.Status400BadRequest, KugelposErrorCodes.ValidationError, $"Invalid tenant_id: {tenantId}", "tenant_id");
        }
    }
}
