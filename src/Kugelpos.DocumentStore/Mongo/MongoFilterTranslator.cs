using Kugelpos.DocumentStore.Indexing;
using Kugelpos.DocumentStore.Queries;
using MongoDB.Bson;

namespace Kugelpos.DocumentStore.Mongo;

/// <summary>
/// Turns filters into MongoDB query documents. MongoDB's own type bracketing already limits
/// range comparisons to values of the same kind, which LiteDB has to be told explicitly.
/// </summary>
internal static class MongoFilterTranslator
{
    /// <summary>The query of a filter and an expiry rule together; empty matches everything.</summary>
    public static BsonDocument Query(DocumentFilter? filter, ExpiryRule? expiry, TimeProvider time)
    {
        var terms = new List<BsonDocument>(2);
        if (filter is not null)
        {
            terms.Add(Translate(filter));
        }

        if (expiry is not null)
        {
            // Never return a document the TTL monitor has not removed yet (it runs about once a minute).
            var field = expiry.Field.StoragePath;
            terms.Add(new BsonDocument("$or", new BsonArray
            {
                new BsonDocument(field, new BsonDocument("$not", new BsonDocument("$type", "date"))),
                new BsonDocument(field, new BsonDocument("$gt", MongoValues.ToBson(expiry.CutoffUtc(time)))),
            }));
        }

        return terms.Count switch
        {
            0 => new BsonDocument(),
            1 => terms[0],
            _ => new BsonDocument("$and", new BsonArray(terms)),
        };
    }

    /// <summary>The documents an expiry rule has expired ($lte on a date only matches dates).</summary>
    public static BsonDocument Expired(ExpiryRule expiry, TimeProvider time) =>
        new(expiry.Field.StoragePath, new BsonDocument("$lte", MongoValues.ToBson(expiry.CutoffUtc(time))));

    public static BsonDocument Translate(DocumentFilter filter) => filter switch
    {
        ComparisonFilter c => new BsonDocument(c.Field.StoragePath, new BsonDocument(Operator(c.Operator), MongoValues.ToBson(c.Value))),
        InFilter i => new BsonDocument(i.Field.StoragePath, new BsonDocument("$in", new BsonArray(i.Values.Select(MongoValues.ToBson)))),
        AndFilter a => new BsonDocument("$and", new BsonArray(a.Filters.Select(Translate))),
        _ => throw new ArgumentException($"Unknown filter {filter.GetType().Name}.", nameof(filter)),
    };

    public static BsonDocument Sort(IReadOnlyList<SortKey> keys)
    {
        var sort = new BsonDocument();
        foreach (var key in keys)
        {
            sort[key.Path.StoragePath] = key.Direction == SortDirection.Ascending ? 1 : -1;
        }

        return sort;
    }

    private static string Operator(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "$eq",
        ComparisonOperator.NotEqual => "$ne",
        ComparisonOperator.GreaterThan => "$gt",
        ComparisonOperator.GreaterThanOrEqual => "$gte",
        ComparisonOperator.LessThan => "$lt",
        ComparisonOperator.LessThanOrEqual => "$lte",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown comparison operator."),
    };
}
