namespace Kugelpos.ServiceDefaults.Responses;

/// <summary>
/// The general six-digit Kugelpos error codes (<c>XXYYZZ</c>: category, subcategory, detail) shared by
/// every service. Service-specific codes live in their own ranges (401xx cart, 405xx master-data...).
/// </summary>
public static class KugelposErrorCodes
{
    /// <summary>General error.</summary>
    public const string GeneralError = "100000";

    /// <summary>Resource not found.</summary>
    public const string ResourceNotFound = "100001";

    /// <summary>Authentication failed.</summary>
    public const string AuthenticationError = "200001";

    /// <summary>Permission denied.</summary>
    public const string AuthorizationError = "200002";

    /// <summary>Invalid input data.</summary>
    public const string ValidationError = "300001";

    /// <summary>Required field is missing.</summary>
    public const string RequiredFieldMissing = "300002";

    /// <summary>Invalid field format.</summary>
    public const string InvalidFieldFormat = "300003";

    /// <summary>Invalid operation.</summary>
    public const string InvalidOperation = "300004";

    /// <summary>General database error.</summary>
    public const string DatabaseError = "500001";

    /// <summary>External service error.</summary>
    public const string ExternalServiceError = "600001";

    /// <summary>System error.</summary>
    public const string SystemError = "900001";

    /// <summary>Unexpected error.</summary>
    public const string UnexpectedError = "900999";
}
