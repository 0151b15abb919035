using Kugelpos.DocumentStore.Indexing;
using Kugelpos.DocumentStore.Mongo;
using Kugelpos.DocumentStore.Queries;
using Kugelpos.DocumentStore.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using MongoDB.Bson;

namespace Kugelpos.DocumentStore.Tests.Mongo;

public sealed class MongoFilterTranslatorTests
{
    [Fact]
    public void Filters_become_MongoDB_operators_on_stored_names()
    {
        var filter = DocumentFilter.And(
            DocumentFilter.Eq("Status", ItemStatus.Discontinued),
            DocumentFilter.Gte("price", 1.5m),
            DocumentFilter.In("Id", ["a", "b"]),
            DocumentFilter.Ne("detail.category", null));

        var json = MongoFilterTranslator.Translate(filter).ToJson();

        Assert.Equal(
            """{ "$and" : [{ "status" : { "$eq" : "Discontinued" } }, { "price" : { "$gte" : { "$numberDecimal" : "1.5" } } }, { "_id" : { "$in" : ["a", "b"] } }, { "detail.category" : { "$ne" : null } }] }""",
            json);
    }

    [Fact]
    public void Expiry_hides_dated_documents_at_or_before_the_cutoff()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 1, 0, TimeSpan.Zero));
        var rule = ExpiryRule.Create("startedAt", TimeSpan.FromMinutes(1));

        var visible = MongoFilterTranslator.Query(null, rule, time).ToJson();
        var expired = MongoFilterTranslator.Expired(rule, time).ToJson();

        Assert.Equal("""{ "$or" : [{ "startedAt" : { "$not" : { "$type" : "date" } } }, { "startedAt" : { "$gt" : { "$date" : "2030-01-01T00:00:00Z" } } }] }""", visible);
        Assert.Equal("""{ "startedAt" : { "$lte" : { "$date" : "2030-01-01T00:00:00Z" } } }""", expired);
    }

    [Fact]
    public void Sort_keys_keep_their_order()
    {
        var sort = MongoFilterTranslator.Sort([SortKey.Ascending("storeCode"), SortKey.Descending("createdAt")]);

        Assert.Equal("""{ "storeCode" : 1, "createdAt" : -1 }""", sort.ToJson());
    }
}
