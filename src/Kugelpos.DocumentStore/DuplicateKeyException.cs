using Kugelpos.DocumentStore.Indexing;

namespace Kugelpos.DocumentStore;

/// <summary>
/// A write would give two documents the same id or the same value of a unique index.
/// The duplicate value itself is not part of the message: it may be personal data.
/// </summary>
public sealed class DuplicateKeyException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public DuplicateKeyException()
        : this("A document with the same unique key already exists.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public DuplicateKeyException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with a message and the driver's error.</summary>
    public DuplicateKeyException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Collection = string.Empty;
        IndexName = string.Empty;
        Fields = [];
    }

    /// <summary>Creates the exception for a violated index.</summary>
    public DuplicateKeyException(string collection, string indexName, IReadOnlyList<string> fields, Exception? innerException)
        : base(Describe(collection, indexName, fields), innerException)
    {
        Collection = collection;
        IndexName = indexName;
        Fields = fields;
    }

    /// <summary>The collection written to.</summary>
    public string Collection { get; }

    /// <summary>The violated index: <c>_id</c> for the document id.</summary>
    public string IndexName { get; }

    /// <summary>The field paths of the index (<c>id</c> for the document id); empty when unknown.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>True when the document id itself was taken.</summary>
    public bool IsDuplicateId => IndexName == IndexNames.IdIndex;

    private static string Describe(string collection, string indexName, IReadOnlyList<string> fields)
    {
        if (indexName == IndexNames.IdIndex)
        {
            return $"A document with the same id already exists in collection '{collection}'.";
        }

        var on = fields.Count == 0 ? "unknown fields" : string.Join(", ", fields);
        return $"Collection '{collection}' already holds a document with the same value for unique index '{indexName}' ({on}).";
    }
}
