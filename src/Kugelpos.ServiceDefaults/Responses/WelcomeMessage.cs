namespace Kugelpos.ServiceDefaults.Responses;

/// <summary>The body of a service's <c>GET /</c>, worded per service as the original's.</summary>
/// <param name="Message">The welcome text.</param>
public sealed record WelcomeMessage(string Message);
