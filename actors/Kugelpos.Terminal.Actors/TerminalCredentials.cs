namespace Kugelpos.Terminal.Actors;

/// <summary>The terminal's API key as the actor keeps it: its lookup hash and the service's encrypted copy, never the key.</summary>
public sealed record TerminalCredentials
{
    /// <summary>The key's lookup hash, compared with that of a presented key.</summary>
    public required string ApiKeyHash { get; init; }

    /// <summary>The key encrypted by the service, handed back for read-back by the owning tenant.</summary>
    public required string ProtectedApiKey { get; init; }

    /// <summary>Without the key material, so a logged state leaks nothing.</summary>
    public override string ToString() => "TerminalCredentials";
}
