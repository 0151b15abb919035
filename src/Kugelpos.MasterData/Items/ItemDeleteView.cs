namespace Kugelpos.MasterData.Items;

/// <summary>The deleted item (OpenAPI schema <c>ItemDeleteResponse</c>).</summary>
/// <param name="ItemCode">The code.</param>
/// <param name="IsLogical">Whether it was only marked deleted.</param>
public sealed record ItemDeleteView(string ItemCode, bool IsLogical);
