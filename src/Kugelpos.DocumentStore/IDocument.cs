namespace Kugelpos.DocumentStore;

/// <summary>
/// A document stored through <see cref="IDocumentCollection{T}"/>. The id is
/// stored as the document key (<c>_id</c>) on every backend.
/// </summary>
public interface IDocument
{
    /// <summary>The unique id of the document within its collection.</summary>
    string Id { get; }
}
