namespace Kugelpos.Terminal;

/// <summary>
/// Kugelpos error codes of the terminal service, the original's (<c>XXYYZZ</c>): 406xx terminal
/// operations, 407xx tenants, stores and the services the terminal calls. The general codes
/// (authentication, validation...) are in <see cref="ServiceDefaults.Responses.KugelposErrorCodes"/>.
/// </summary>
public static class TerminalErrorCodes
{
    /// <summary>Terminal not found.</summary>
    public const string TerminalNotFound = "406001";

    /// <summary>Terminal already exists.</summary>
    public const string TerminalAlreadyExists = "406002";

    /// <summary>Terminal status error.</summary>
    public const string TerminalStatusError = "406003";

    /// <summary>Sign in/out error.</summary>
    public const string SignInOutError = "406004";

    /// <summary>Sign in is required.</summary>
    public const string SignInRequired = "406005";

    /// <summary>Invalid credentials.</summary>
    public const string InvalidCredentials = "406006";

    /// <summary>Failed to open the terminal.</summary>
    public const string TerminalOpenError = "406007";

    /// <summary>Failed to close the terminal.</summary>
    public const string TerminalCloseError = "406008";

    /// <summary>Terminal is already opened.</summary>
    public const string TerminalAlreadyOpened = "406009";

    /// <summary>Terminal is already closed.</summary>
    public const string TerminalAlreadyClosed = "406010";

    /// <summary>Terminal is busy processing another operation.</summary>
    public const string TerminalBusy = "406011";

    /// <summary>Failed to change function mode.</summary>
    public const string TerminalFunctionModeError = "406012";

    /// <summary>Terminal is not signed in.</summary>
    public const string TerminalNotSignedIn = "406013";

    /// <summary>Already signed in.</summary>
    public const string TerminalAlreadySignedIn = "406014";

    /// <summary>Terminal is signed out.</summary>
    public const string TerminalSignedOut = "406015";

    /// <summary>Cash in/out operation failed.</summary>
    public const string CashInOutError = "406101";

    /// <summary>Invalid amount entered.</summary>
    public const string CashAmountInvalid = "406102";

    /// <summary>Cash drawer is closed.</summary>
    public const string CashDrawerClosed = "406103";

    /// <summary>Amount exceeds maximum limit.</summary>
    public const string OverMaxAmount = "406104";

    /// <summary>Amount is below minimum limit.</summary>
    public const string UnderMinAmount = "406105";

    /// <summary>Physical amount does not match recorded amount.</summary>
    public const string PhysicalAmountMismatch = "406106";

    /// <summary>Tenant not found.</summary>
    public const string TenantNotFound = "407001";

    /// <summary>Tenant already exists.</summary>
    public const string TenantAlreadyExists = "407002";

    /// <summary>Failed to update tenant information.</summary>
    public const string TenantUpdateError = "407003";

    /// <summary>Failed to delete tenant.</summary>
    public const string TenantDeleteError = "407004";

    /// <summary>Tenant configuration error.</summary>
    public const string TenantConfigError = "407005";

    /// <summary>Failed to create tenant.</summary>
    public const string TenantCreateError = "407006";

    /// <summary>Store not found.</summary>
    public const string StoreNotFound = "407101";

    /// <summary>Store already exists.</summary>
    public const string StoreAlreadyExists = "407102";

    /// <summary>Failed to update store information.</summary>
    public const string StoreUpdateError = "407103";

    /// <summary>Failed to delete store.</summary>
    public const string StoreDeleteError = "407104";

    /// <summary>Store configuration error.</summary>
    public const string StoreConfigError = "407105";

    /// <summary>Business date error.</summary>
    public const string BusinessDateError = "407106";

    /// <summary>External service integration error.</summary>
    public const string ExternalServiceError = "407201";

    /// <summary>Master data service error.</summary>
    public const string MasterDataServiceError = "407202";

    /// <summary>Cart service error.</summary>
    public const string CartServiceError = "407203";

    /// <summary>Journal service error.</summary>
    public const string JournalServiceError = "407204";

    /// <summary>Report service error.</summary>
    public const string ReportServiceError = "407205";

    /// <summary>Internal processing error occurred.</summary>
    public const string InternalError = "407301";

    /// <summary>Unexpected error occurred.</summary>
    public const string UnexpectedError = "407399";
}
