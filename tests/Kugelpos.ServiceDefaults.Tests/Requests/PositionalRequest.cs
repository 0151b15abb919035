namespace Kugelpos.ServiceDefaults.Tests.Requests;

/// <summary>The shape request bodies avoid: constructor-bound members take only their camelCase name.</summary>
public sealed record PositionalRequest(string? StoreCode);
