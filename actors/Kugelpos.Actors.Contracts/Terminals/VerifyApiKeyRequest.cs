namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>A key to check against the terminal's, by its lookup hash; the key itself never reaches the actor.</summary>
public sealed record VerifyApiKeyRequest
{
    /// <summary><c>TerminalApiKey.LookupHash</c> of the key the caller presented.</summary>
    public required string ApiKeyHash { get; init; }

    /// <summary>Without the hash.</summary>
    public override string ToString() => "VerifyApiKeyRequest";
}
