namespace Kugelpos.DocumentStore;

/// <summary>The documents of one service for one tenant.</summary>
public interface IDocumentDatabase
{
    /// <summary>The database name, <c>{prefix}_{tenant_id}</c>.</summary>
    string Name { get; }

    /// <summary>The tenant that owns every document in this database.</summary>
    string TenantId { get; }

    /// <summary>A typed collection; cheap to call, thread-safe.</summary>
    /// <param name="name">A letter, then letters, digits or '_' (at most 64).</param>
    /// <exception cref="ArgumentException">The name is not valid.</exception>
    IDocumentCollection<T> GetCollection<T>(string name)
        where T : class, IDocument;
}
