namespace Kugelpos.ServiceDefaults.Responses;

/// <summary>User-facing error information inside the envelope (OpenAPI schema <c>UserError</c>).</summary>
/// <param name="Code">The six-digit Kugelpos error code, e.g. <c>300001</c>.</param>
/// <param name="Message">A message fit to show a POS operator.</param>
public sealed record UserError(string? Code, string? Message);
