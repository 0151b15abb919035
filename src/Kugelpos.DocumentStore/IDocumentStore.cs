namespace Kugelpos.DocumentStore;

/// <summary>
/// Entry point to durable documents: one database per (service prefix, tenant),
/// named <c>{prefix}_{tenant_id}</c> like the original Kugelpos (e.g. <c>db_cart_T9999</c>).
/// </summary>
/// <remarks>
/// <para>
/// The backend is chosen by configuration (<c>Kugelpos:DocumentStore</c>): a
/// <c>mongodb://</c> or <c>mongodb+srv://</c> <c>ConnectionString</c> selects MongoDB;
/// otherwise LiteDB keeps one file <c>{DataPath}/{prefix}_{tenant_id}.db</c> per database.
/// </para>
/// <para>
/// Running the contract tests on MongoDB: the same contract suite runs on every backend.
/// It always runs on LiteDB (temporary folders, removed afterwards). To run it on MongoDB
/// too, point <c>KUGELPOS_MONGO_URL</c> at a server:
/// <c>KUGELPOS_MONGO_URL=mongodb://localhost:27017 dotnet test tests/Kugelpos.DocumentStore.Tests</c>.
/// Each test then works in its own <c>db_test_*</c> databases and drops them when done.
/// Without the variable the MongoDB cases are not generated at all, so they are neither
/// reported as skipped nor counted as passed.
/// </para>
/// </remarks>
public interface IDocumentStore : IDisposable
{
    /// <summary>The engine this store writes to.</summary>
    DocumentStoreBackend Backend { get; }

    /// <summary>
    /// Where the documents live, safe to log: the LiteDB folder, or the MongoDB hosts
    /// (never the credentials of the connection string).
    /// </summary>
    string Location { get; }

    /// <summary>
    /// The database of one service for one tenant. The handle is cached and thread-safe.
    /// </summary>
    /// <param name="prefix">Service prefix such as <c>db_cart</c>: a letter, then letters, digits or '_' (at most 24).</param>
    /// <param name="tenantId">Tenant id: 1 to 32 letters, digits, '_' or '-'.</param>
    /// <exception cref="ArgumentException">The prefix or tenant id is not valid.</exception>
    IDocumentDatabase GetDatabase(string prefix, string tenantId);

    /// <summary>
    /// Removes the database of one service for one tenant with all its documents.
    /// Only call it when nothing else uses that tenant's data.
    /// </summary>
    Task DropDatabaseAsync(string prefix, string tenantId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks the configured backend can be used (MongoDB answers a ping; the LiteDB folder
    /// can be created and written).
    /// </summary>
    /// <exception cref="DocumentStoreConfigurationException">The backend cannot be used; the message names the setting.</exception>
    Task VerifyAsync(CancellationToken cancellationToken = default);
}
