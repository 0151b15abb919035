namespace Kugelpos.MasterData.Payments;

/// <summary>The deleted payment method (OpenAPI schema <c>PaymentDeleteResponse</c>).</summary>
/// <param name="PaymentCode">The code.</param>
public sealed record PaymentDeleteView(string PaymentCode);
