namespace Kugelpos.Stock.Stocks;

/// <summary>A change of a quantity as it was applied: enough to write its history record again.</summary>
/// <param name="ChangeId">The change's id, which is also its history record's id.</param>
/// <param name="Before">The quantity before.</param>
/// <param name="After">The quantity after.</param>
/// <param name="Version">The stock's version the change produced.</param>
/// <param name="At">When it was applied.</param>
internal sealed record AppliedChange(string ChangeId, decimal Before, decimal After, long Version, DateTimeOffset At);
