namespace Kugelpos.Account;

/// <summary>Where the account service keeps its documents, named as in the original.</summary>
internal static class AccountStorage
{
    /// <summary>Database prefix: each tenant's users live in <c>db_account_{tenant_id}</c>.</summary>
    public const string DatabasePrefix = "db_account";

    /// <summary>The collection of a tenant's user accounts.</summary>
    public const string UserAccounts = "user_accounts";
}
