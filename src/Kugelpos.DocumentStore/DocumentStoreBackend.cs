namespace Kugelpos.DocumentStore;

/// <summary>The engine that holds the documents.</summary>
public enum DocumentStoreBackend
{
    /// <summary>Embedded LiteDB: one file per database under a data folder, no server.</summary>
    LiteDb,

    /// <summary>A MongoDB server or cluster reached through MongoDB.Driver.</summary>
    MongoDb,
}
