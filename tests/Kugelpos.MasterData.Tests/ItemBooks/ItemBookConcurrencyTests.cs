using System.Net;
using Kugelpos.MasterData.ItemBooks;
using Kugelpos.MasterData.Tests.Support;
using Kugelpos.ServiceDefaults.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.MasterData.Tests.ItemBooks;

/// <summary>The tree of a book lives in one document, so concurrent nested edits must not overwrite each other.</summary>
public class ItemBookConcurrencyTests
{
    private const string BookId = "20300115-0001";
    private const string Book = MasterDataApi.Root + "/item_books/" + BookId;
    private const string Tab = Book + "/categories/1/tabs/1";

    [Fact]
    public async Task Concurrent_nested_edits_of_one_book_are_all_applied()
    {
        await using var service = await StartWithBookAsync();

        // As many racers as a change retries: each lost attempt means another racer's edit was written.
        var edits = Enumerable.Range(1, ItemBookRepository.ChangeAttempts).Select(n => n % 2 == 0
            ? service.AsUserAsync(HttpMethod.Post, Tab + "/buttons", new { posX = n, posY = 9, size = "Single", imageUrl = "", colorText = "#000", itemCode = $"I{n:00}" })
            : service.AsUserAsync(HttpMethod.Post, Book + "/categories", new { categoryNumber = 10 + n, title = $"C{n}", color = "#00f" }));
        var replies = await Task.WhenAll(edits.Select(edit => Task.Run(() => edit)));

        Assert.All(replies, reply => Assert.Equal(HttpStatusCode.Created, reply.Status));
        var book = (await service.AsUserAsync(HttpMethod.Get, Book)).Data;
        var categories = book.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("categoryNumber").GetInt32());
        Assert.Equal([1, 11, 13, 15, 17, 19], categories.Order());
        var buttons = book.GetProperty("categories")[0].GetProperty("tabs")[0].GetProperty("buttons").EnumerateArray()
            .Select(b => b.GetProperty("itemCode").GetString());
        Assert.Equal(["I01", "I02", "I04", "I06", "I08", "I10"], buttons.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_change_overtaken_on_every_attempt_is_a_409_naming_the_book_and_writes_nothing()
    {
        await using var service = await StartWithBookAsync();
        var books = service.Services.GetRequiredService<ItemBookRepository>();
        var overtaken = 0;

        var error = await Assert.ThrowsAsync<KugelposException>(() => books.ChangeAsync(
            MasterDataApi.Tenant,
            BookId,
            book =>
            {
                // Another writer gets in between this read and this write, every time.
                var title = $"overtaken {++overtaken}";
                Task.Run(() => books.ChangeAsync(MasterDataApi.Tenant, BookId, other => other with { Title = title }, CancellationToken.None))
                    .GetAwaiter().GetResult();
                return book with { Title = "lost" };
            },
            CancellationToken.None));

        Assert.Equal((int)HttpStatusCode.Conflict, error.StatusCode);
        Assert.Equal("item_book_id", error.Field);
        Assert.Equal(ItemBookRepository.ChangeAttempts, overtaken);
        var stored = await books.RequireAsync(MasterDataApi.Tenant, BookId, CancellationToken.None);
        Assert.Equal($"overtaken {ItemBookRepository.ChangeAttempts}", stored.Title);
        Assert.Equal(ItemBookRepository.ChangeAttempts, stored.Version);
    }

    private static async Task<ServiceTestHost> StartWithBookAsync()
    {
        var service = await MasterDataTestService.StartAsync();
        var created = await service.AsUserAsync(HttpMethod.Post, MasterDataApi.Root + "/item_books", ItemBookTests.Book("Lunch"));
        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(BookId, created.Data.GetProperty("itemBookId").GetString());
        return service;
    }
}
