using Kugelpos.DocumentStore.LiteDb;
using Kugelpos.DocumentStore.Mongo;

namespace Kugelpos.DocumentStore.Configuration;

/// <summary>Builds the store the settings select, without dependency injection.</summary>
public static class DocumentStoreFactory
{
    /// <summary>A MongoDB store for a mongodb URL, otherwise a LiteDB store under <see cref="DocumentStoreOptions.DataPath"/>.</summary>
    /// <remarks>Nothing is contacted or created yet; call <see cref="IDocumentStore.VerifyAsync"/> at start-up.</remarks>
    /// <exception cref="DocumentStoreConfigurationException">The settings are not valid; the message names the setting.</exception>
    public static IDocumentStore Create(DocumentStoreOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var problems = DocumentStoreOptionsValidator.Check(options);
        if (problems.Count > 0)
        {
            throw new DocumentStoreConfigurationException(
                problems[0].Setting,
                string.Join(Environment.NewLine, problems.Select(p => p.Message)),
                null);
        }

        return options.Backend == DocumentStoreBackend.MongoDb
            ? new MongoDocumentStore(options.ConnectionString!.Trim(), options.ServerSelectionTimeout, timeProvider)
            : new LiteDbDocumentStore(Path.GetFullPath(options.DataPath), timeProvider);
    }
}
