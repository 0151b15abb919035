namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>
/// Creating the terminal the actor stands for. The service generates the API key; the actor
/// keeps only its lookup hash and the service's encrypted copy, never the key itself.
/// </summary>
public sealed record CreateTerminalRequest
{
    /// <summary>The tenant.</summary>
    public required string TenantId { get; init; }

    /// <summary>The store.</summary>
    public required string StoreCode { get; init; }

    /// <summary>The terminal's number in the store.</summary>
    public required int TerminalNo { get; init; }

    /// <summary>What the terminal is, in the tenant's words.</summary>
    public required string Description { get; init; }

    /// <summary>The lookup hash of the API key (<c>TerminalApiKey.LookupHash</c>).</summary>
    public required string ApiKeyHash { get; init; }

    /// <summary>The API key as the service encrypted it, for read-back by the owning tenant.</summary>
    public required string ProtectedApiKey { get; init; }

    /// <summary>Without the key material, so a logged request leaks nothing.</summary>
    public override string ToString() =>
        $"CreateTerminalRequest {{ TenantId = {TenantId}, StoreCode = {StoreCode}, TerminalNo = {TerminalNo} }}";
}
