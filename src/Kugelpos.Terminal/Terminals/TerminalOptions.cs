namespace Kugelpos.Terminal.Terminals;

/// <summary>Settings of the terminal endpoints (section <c>Kugelpos:Terminal</c>).</summary>
public sealed class TerminalOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Kugelpos:Terminal";

    /// <summary>
    /// Whether <c>GET /api/v1/terminals</c> and <c>GET /api/v1/terminals/{id}</c> return a terminal's
    /// API key to a user of its tenant, as the original does for provisioning tools. Off, the key is
    /// shown once, when the terminal is created. Never to a terminal or a service token.
    /// </summary>
    public bool ApiKeyReadBack { get; set; } = true;
}
