namespace Kugelpos.Account.Http;

/// <summary>The body of <c>GET /</c>.</summary>
/// <param name="Message">The welcome text, as the original sends it.</param>
public sealed record WelcomeMessage(string Message)
{
    /// <summary>The original's welcome.</summary>
    public static WelcomeMessage Default { get; } = new("Welcome to Kugel-POS Auth API. supported version: v1");
}
