namespace Kugelpos.Actors.Contracts.Transactions;

/// <summary>Why a transaction operation was refused.</summary>
public enum TransactionRefusalCode
{
    /// <summary>No transaction with that number is stored.</summary>
    NotFound,

    /// <summary>The transaction has been voided already (the original's 403005).</summary>
    AlreadyVoided,

    /// <summary>The transaction has been returned already (the original's 403006).</summary>
    AlreadyRefunded,

    /// <summary>The request breaks a rule (payments not matching, a type that cannot be voided or returned).</summary>
    InvalidRequest,

    /// <summary>The terminal refused the numbers (not open, nobody signed in); <see cref="TransactionRefusal.Terminal"/> says why.</summary>
    TerminalRefused,
}
