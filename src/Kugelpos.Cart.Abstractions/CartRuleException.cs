namespace Kugelpos.Cart.Abstractions;

/// <summary>
/// A cart rule refused an operation: a calculation, a discount or a payment plugin. It carries what
/// the service's error envelope needs (HTTP status, six-digit code, the field or state concerned);
/// the cart is left as it was, because the rules only ever return new documents.
/// </summary>
public sealed class CartRuleException : Exception
{
    /// <summary>Creates the refusal.</summary>
    /// <param name="statusCode">HTTP status, 400 to 499.</param>
    /// <param name="errorCode">One of <see cref="CartErrorCodes"/>.</param>
    /// <param name="message">A message fit for the client.</param>
    /// <param name="field">The request field or cart state concerned (camelCase), if any.</param>
    public CartRuleException(int statusCode, string errorCode, string message, string? field)
        : base(message)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 499);
        ArgumentException.ThrowIfNullOrWhiteSpace(errorCode);
        StatusCode = statusCode;
        ErrorCode = errorCode;
        Field = field;
    }

    /// <summary>Creates a validation refusal; prefer the full constructor.</summary>
    public CartRuleException()
        : this(422, CartErrorCodes.ValidationError, "The cart refused the operation.", null)
    {
    }

    /// <summary>Creates a validation refusal with a message; prefer the full constructor.</summary>
    /// <param name="message">A message fit for the client.</param>
    public CartRuleException(string message)
        : this(422, CartErrorCodes.ValidationError, message, null)
    {
    }

    /// <summary>Not used: a refusal has no cause; present for the standard exception shape.</summary>
    /// <param name="message">A message fit for the client.</param>
    /// <param name="innerException">The cause.</param>
    public CartRuleException(string message, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = 422;
        ErrorCode = CartErrorCodes.ValidationError;
    }

    /// <summary>HTTP status of the error response.</summary>
    public int StatusCode { get; }

    /// <summary>The six-digit error code.</summary>
    public string ErrorCode { get; }

    /// <summary>The request field or cart state concerned, if any.</summary>
    public string? Field { get; }
}
