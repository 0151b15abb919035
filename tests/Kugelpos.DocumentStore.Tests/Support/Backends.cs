namespace Kugelpos.DocumentStore.Tests.Support;

/// <summary>
/// The backends the contract suite runs on: LiteDB always, MongoDB only when
/// KUGELPOS_MONGO_URL names a server. Without it the MongoDB rows are not generated at all,
/// so nothing is reported as skipped and nothing passes without running.
/// </summary>
public static class Backends
{
    public const string LiteDb = "LiteDB";
    public const string MongoDb = "MongoDB";
    public const string MongoUrlVariable = "KUGELPOS_MONGO_URL";

    public static string? MongoUrl =>
        Environment.GetEnvironmentVariable(MongoUrlVariable) is { Length: > 0 } url ? url : null;

    public static TheoryData<string> All
    {
        get
        {
            var backends = new TheoryData<string> { LiteDb };
            if (MongoUrl is not null)
            {
                backends.Add(MongoDb);
            }

            return backends;
        }
    }
}
