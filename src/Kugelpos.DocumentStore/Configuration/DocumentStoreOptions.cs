namespace Kugelpos.DocumentStore.Configuration;

/// <summary>Settings of section <c>Kugelpos:DocumentStore</c>.</summary>
public sealed class DocumentStoreOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Kugelpos:DocumentStore";

    /// <summary>Full key of <see cref="ConnectionString"/>, as error messages name it.</summary>
    public const string ConnectionStringKey = SectionName + ":ConnectionString";

    /// <summary>Full key of <see cref="DataPath"/>, as error messages name it.</summary>
    public const string DataPathKey = SectionName + ":DataPath";

    /// <summary>Full key of <see cref="ServerSelectionTimeout"/>, as error messages name it.</summary>
    public const string ServerSelectionTimeoutKey = SectionName + ":ServerSelectionTimeout";

    /// <summary>The LiteDB folder when none is configured, relative to the working directory.</summary>
    public const string DefaultDataPath = "data/documents";

    /// <summary>
    /// A <c>mongodb://</c> or <c>mongodb+srv://</c> URL selects MongoDB; empty selects LiteDB.
    /// It may hold credentials, so it is never logged nor repeated in errors.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The LiteDB folder (one <c>{prefix}_{tenant_id}.db</c> file per database).</summary>
    public string DataPath { get; set; } = DefaultDataPath;

    /// <summary>
    /// How long MongoDB operations wait for a reachable server (also the connect timeout), so an
    /// unreachable server fails start-up quickly. It overrides the URL's own setting.
    /// </summary>
    public TimeSpan ServerSelectionTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The backend these settings select.</summary>
    public DocumentStoreBackend Backend => IsMongoUrl(ConnectionString) ? DocumentStoreBackend.MongoDb : DocumentStoreBackend.LiteDb;

    /// <summary>True for a <c>mongodb://</c> or <c>mongodb+srv://</c> URL.</summary>
    public static bool IsMongoUrl(string? connectionString)
    {
        var value = connectionString?.Trim();
        return value is not null
            && (value.StartsWith("mongodb://", StringComparison.OrdinalIgnoreCase)
                || value.StartsWith("mongodb+srv://", StringComparison.OrdinalIgnoreCase));
    }
}
