namespace Kugelpos.Sidecar.State;

/// <summary>Deletes <paramref name="Key"/>; with an ETag only if the stored version still has it.</summary>
public sealed record StateDelete(string Key, string? ETag = null) : StateOperation(Key, ETag);
