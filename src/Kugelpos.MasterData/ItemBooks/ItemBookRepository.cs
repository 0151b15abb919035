using System.Globalization;
using Kugelpos.DocumentStore.Queries;
using Kugelpos.MasterData.Storage;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Paging;

namespace Kugelpos.MasterData.ItemBooks;

/// <summary>Each tenant's item books (<c>master_item_book</c>, book id unique).</summary>
internal sealed class ItemBookRepository(MasterDataDatabase database)
    : MasterDataRepository<ItemBookDocument>(database, Collection, SortFields)
{
    /// <summary>How many ids of a day a create tries before giving up on concurrent creates.</summary>
    private const int Attempts = 5;

    /// <summary>
    /// How many times a change re-reads a book that other changes overtook. Each lost attempt means
    /// another change was written, so this many concurrent editors of one book all get through.
    /// </summary>
    public const int ChangeAttempts = 10;

    /// <summary>The collection and its unique book id index.</summary>
    public static MasterDataCollection<ItemBookDocument> Collection { get; } =
        new("master_item_book", [nameof(ItemBookDocument.ItemBookId)]);

    /// <summary>
    /// The sortable fields. The original's default (<c>category_code:1</c>, a field books lack) left
    /// MongoDB's natural order, which for ids generated in order is the book id's.
    /// </summary>
    private static SortFields SortFields { get; } = new(
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["item_book_id"] = nameof(ItemBookDocument.ItemBookId),
            ["title"] = nameof(ItemBookDocument.Title),
            ["entry_datetime"] = nameof(ItemBookDocument.CreatedAt),
            ["last_update_datetime"] = nameof(ItemBookDocument.UpdatedAt),
        },
        "item_book_id:1");

    /// <summary>The tenant's book with this id, or null.</summary>
    public Task<ItemBookDocument?> FindAsync(string tenantId, string itemBookId, CancellationToken cancellationToken) =>
        FindByCodeAsync(tenantId, nameof(ItemBookDocument.ItemBookId), itemBookId, null, cancellationToken);

    /// <summary>The tenant's book with this id, or the original's 404.</summary>
    public async Task<ItemBookDocument> RequireAsync(string tenantId, string itemBookId, CancellationToken cancellationToken) =>
        await FindAsync(tenantId, itemBookId, cancellationToken)
            ?? throw KugelposException.NotFound($"item book with item_book_id {itemBookId} not found");

    /// <summary>
    /// Reads the book (404 if unknown), applies <paramref name="change"/> and writes the result only over the
    /// version it read. When another change got there first it reads the book again and re-applies, up to
    /// <see cref="ChangeAttempts"/> times, then answers a 409 naming <c>item_book_id</c>. The change may refuse
    /// (throw) before anything is written.
    /// </summary>
    public async Task<ItemBookDocument> ChangeAsync(
        string tenantId, string itemBookId, Func<ItemBookDocument, ItemBookDocument> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; attempt <= ChangeAttempts; attempt++)
        {
            var book = await RequireAsync(tenantId, itemBookId, cancellationToken);
            var changed = change(book) with { Version = book.Version + 1 };
            if (await SaveIfAsync(tenantId, changed, DocumentFilter.Eq(nameof(ItemBookDocument.Version), book.Version), cancellationToken))
            {
                return changed;
            }
        }

        throw new KugelposException(
            StatusCodes.Status409Conflict,
            MasterDataErrorCodes.CannotUpdate,
            $"item book with item_book_id {itemBookId} kept changing under this change ({ChangeAttempts} attempts); try again",
            "item_book_id");
    }

    /// <summary>
    /// Adds a book under the day's first free id, <c>yyyyMMdd-0001</c> onwards, as the original numbers
    /// them; the unique index settles two creates racing for the same id, and the loser takes the next.
    /// </summary>
    public async Task<ItemBookDocument> AddAsync(string tenantId, Func<string, ItemBookDocument> create, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(create);
        var day = now.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        for (var attempt = 1; ; attempt++)
        {
            var book = create(await FreeIdAsync(tenantId, day, cancellationToken));
            try
            {
                await AddAsync(tenantId, book, "itemBookId", $"item book with item_book_id {book.ItemBookId} already exists", cancellationToken);
                return book;
            }
            catch (KugelposException ex) when (ex.StatusCode == StatusCodes.Status409Conflict && attempt < Attempts)
            {
            }
        }
    }

    private async Task<string> FreeIdAsync(string tenantId, string day, CancellationToken cancellationToken)
    {
        // '.' follows '-', so the range holds exactly the day's ids.
        var ofDay = DocumentFilter.And(
            DocumentFilter.Gte(nameof(ItemBookDocument.ItemBookId), day + "-"),
            DocumentFilter.Lt(nameof(ItemBookDocument.ItemBookId), day + "."));
        var (books, _) = await PageAsync(tenantId, ofDay, new PageQuery(0, 1, null), cancellationToken);
        var taken = books.Select(b => b.ItemBookId).ToHashSet(StringComparer.Ordinal);
        var sequence = 1;
        while (taken.Contains(Id(day, sequence)))
        {
            sequence++;
        }

        return Id(day, sequence);
    }

    private static string Id(string day, int sequence) => $"{day}-{sequence.ToString("0000", CultureInfo.InvariantCulture)}";
}
