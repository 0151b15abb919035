namespace Kugelpos.ServiceDefaults.Responses;

/// <summary>One rejected request field, listed in the <c>data</c> of a 422 envelope.</summary>
/// <param name="Field">JSON path of the field, e.g. <c>lineItems[0].quantity</c>.</param>
/// <param name="Message">Why the value was rejected; never echoes the value itself.</param>
public sealed record FieldError(string Field, string Message);
