using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Actors.Contracts.Transactions;

namespace Kugelpos.Cart.Actors.Transactions;

/// <summary>The refusals of transaction operations, worded as the original's messages.</summary>
public static class TransactionRefusals
{
    /// <summary>No such transaction.</summary>
    public static TransactionRefusal NotFound(TransactionKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new() { Code = TransactionRefusalCode.NotFound, Message = $"Transaction not found: transaction_no->{key.TransactionNo}", Field = "transaction_no" };
    }

    /// <summary>Voided already.</summary>
    public static TransactionRefusal AlreadyVoided(int transactionNo) =>
        new() { Code = TransactionRefusalCode.AlreadyVoided, Message = $"Transaction has already been voided: transaction_no->{transactionNo}", Field = "transaction_no" };

    /// <summary>Returned already.</summary>
    public static TransactionRefusal AlreadyRefunded(int transactionNo) =>
        new() { Code = TransactionRefusalCode.AlreadyRefunded, Message = $"Transaction has already been refunded: transaction_no->{transactionNo}", Field = "transaction_no" };

    /// <summary>A rule of the request broken.</summary>
    public static TransactionRefusal Invalid(string field, string message) =>
        new() { Code = TransactionRefusalCode.InvalidRequest, Message = message, Field = field };

    /// <summary>The terminal would not number it.</summary>
    public static TransactionRefusal Terminal(TerminalRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new() { Code = TransactionRefusalCode.TerminalRefused, Message = refusal.Message, Field = refusal.Field, Terminal = refusal };
    }
}
