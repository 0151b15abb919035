using Kugelpos.DocumentStore;

namespace Kugelpos.MasterData.ItemBooks;

/// <summary>An item book (the POS's button layout) as stored in <c>db_master_data_{tenant}.master_item_book</c>.</summary>
/// <param name="Id">A fresh unique id; the book id is unique through its own index.</param>
/// <param name="ItemBookId">The book id, <c>yyyyMMdd-nnnn</c> as the original generates it.</param>
/// <param name="Title">The title.</param>
/// <param name="Categories">Its categories.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it was last changed, if ever.</param>
/// <param name="Version">
/// How many times it was changed: every change writes only over the version it read, so two edits of the
/// tree held in this one document cannot overwrite each other (<see cref="ItemBookRepository.ChangeAsync"/>).
/// </param>
internal sealed record ItemBookDocument(
    string Id,
    string ItemBookId,
    string Title,
    IReadOnlyList<ItemBookCategory> Categories,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    long Version) : IDocument;
