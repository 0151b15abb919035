using System.Text.RegularExpressions;
using Kugelpos.DocumentStore.Indexing;
using MongoDB.Driver;

namespace Kugelpos.DocumentStore.Mongo;

/// <summary>Recognizes MongoDB server errors the store turns into its own exceptions.</summary>
internal static partial class MongoErrors
{
    private const int DuplicateKeyCode = 11000;
    private const int TypeMismatchCode = 14;
    private const int PathNotViableCode = 28;

    /// <summary>True for a duplicate-key error; <paramref name="indexName"/> is the provider-neutral index name.</summary>
    public static bool IsDuplicateKey(MongoException exception, out string? indexName)
    {
        var message = exception switch
        {
            MongoWriteException { WriteError.Category: ServerErrorCategory.DuplicateKey } write => write.WriteError.Message,
            MongoCommandException { Code: DuplicateKeyCode } command => command.ErrorMessage ?? command.Message,
            _ => null,
        };
        indexName = message is null ? null : IndexName(message);
        return message is not null;
    }

    /// <summary>True when $inc met a value it cannot add to (not a number, or a path through a non-document).</summary>
    public static bool IsNotIncrementable(MongoException exception) =>
        exception is MongoCommandException { Code: TypeMismatchCode or PathNotViableCode }
        || exception is MongoWriteException { WriteError.Code: TypeMismatchCode or PathNotViableCode };

    private static string? IndexName(string message)
    {
        var match = IndexPattern().Match(message);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        return name == "_id_" ? IndexNames.IdIndex : name;
    }

    [GeneratedRegex(@"index: (?<name>\S+) dup key", RegexOptions.CultureInvariant)]
    private static partial Regex IndexPattern();
}
