using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace Kugelpos.DocumentStore.Configuration;

/// <summary>Rejects document store settings that cannot work, naming the setting at fault.</summary>
public sealed class DocumentStoreOptionsValidator : IValidateOptions<DocumentStoreOptions>
{
    private static readonly TimeSpan MaxServerSelectionTimeout = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DocumentStoreOptions options)
    {
        var problems = Check(options);
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(p => p.Message));
    }

    /// <summary>Every problem of the settings, each with the full key of its setting.</summary>
    internal static IReadOnlyList<(string Setting, string Message)> Check(DocumentStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<(string, string)>();
        if (DocumentStoreOptions.IsMongoUrl(options.ConnectionString))
        {
            CheckMongo(options, problems);
        }
        else if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            problems.Add((DocumentStoreOptions.ConnectionStringKey,
                $"{DocumentStoreOptions.ConnectionStringKey} must be a mongodb:// or mongodb+srv:// URL, or empty to keep LiteDB files under {DocumentStoreOptions.DataPathKey}."));
        }
        else
        {
            CheckDataPath(options, problems);
        }

        return problems;
    }

    private static void CheckMongo(DocumentStoreOptions options, List<(string, string)> problems)
    {
        try
        {
            _ = MongoUrl.Create(options.ConnectionString!.Trim());
        }
        catch (Exception ex) when (ex is MongoConfigurationException or ArgumentException or FormatException)
        {
            problems.Add((DocumentStoreOptions.ConnectionStringKey,
                $"{DocumentStoreOptions.ConnectionStringKey} is not a valid MongoDB connection string ({ex.GetType().Name}); the value is not shown because it may hold credentials."));
        }

        if (options.ServerSelectionTimeout <= TimeSpan.Zero || options.ServerSelectionTimeout > MaxServerSelectionTimeout)
        {
            problems.Add((DocumentStoreOptions.ServerSelectionTimeoutKey,
                $"{DocumentStoreOptions.ServerSelectionTimeoutKey} must be more than zero and at most {MaxServerSelectionTimeout}."));
        }
    }

    private static void CheckDataPath(DocumentStoreOptions options, List<(string, string)> problems)
    {
        if (string.IsNullOrWhiteSpace(options.DataPath))
        {
            problems.Add((DocumentStoreOptions.DataPathKey,
                $"{DocumentStoreOptions.DataPathKey} must name a folder for the LiteDB files when {DocumentStoreOptions.ConnectionStringKey} is empty."));
            return;
        }

        try
        {
            _ = Path.GetFullPath(options.DataPath);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            problems.Add((DocumentStoreOptions.DataPathKey,
                $"{DocumentStoreOptions.DataPathKey} '{options.DataPath}' is not a valid path: {ex.Message}"));
        }
    }
}
