using Kugelpos.DocumentStore;
using Kugelpos.ServiceDefaults.Errors;

namespace Kugelpos.MasterData.Storage;

/// <summary>
/// Writes that a unique index guards: a taken code is a 409 envelope naming the field, decided by the
/// index in one write (the original looked the code up first, so two concurrent creates both passed).
/// </summary>
internal static class UniqueWrites
{
    /// <summary>Adds <paramref name="document"/>; a taken unique value is a 409 naming <paramref name="field"/>.</summary>
    public static async Task InsertUniqueAsync<T>(
        this IDocumentCollection<T> collection, T document, string field, string message, CancellationToken cancellationToken)
        where T : class, IDocument
    {
        ArgumentNullException.ThrowIfNull(collection);
        try
        {
            await collection.InsertAsync(document, cancellationToken);
        }
        catch (DuplicateKeyException ex) when (!ex.IsDuplicateId)
        {
            throw Conflict(field, message, ex);
        }
    }

    /// <summary>The 409 envelope for a taken code.</summary>
    public static KugelposException Conflict(string field, string message, Exception? cause = null) =>
        new(StatusCodes.Status409Conflict, MasterDataErrorCodes.AlreadyExists, message, field, cause);
}
