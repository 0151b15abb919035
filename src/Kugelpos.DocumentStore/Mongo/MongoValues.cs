using Kugelpos.DocumentStore.Queries;
using MongoDB.Bson;

namespace Kugelpos.DocumentStore.Mongo;

/// <summary>Normalized filter values and paths as BSON.</summary>
internal static class MongoValues
{
    public static BsonValue ToBson(object? value) => value switch
    {
        null => BsonNull.Value,
        string s => new BsonString(s),
        bool b => (BsonValue)b,
        int i => new BsonInt32(i),
        long l => new BsonInt64(l),
        double d => new BsonDouble(d),
        decimal m => new BsonDecimal128(m),
        // BsonDateTime converts to UTC exactly as the serializer does for stored dates (MinValue and MaxValue stay put).
        DateTime t => new BsonDateTime(t),
        Guid g => new BsonBinaryData(g, GuidRepresentation.Standard),
        _ => throw new ArgumentException($"Filter value type {value.GetType().Name} was not normalized.", nameof(value)),
    };

    /// <summary>The value at a dotted path; null when any part is missing.</summary>
    public static BsonValue At(BsonDocument document, FieldPath path)
    {
        BsonValue current = document;
        foreach (var segment in path.StoragePath.Split('.'))
        {
            if (!current.IsBsonDocument || !current.AsBsonDocument.TryGetValue(segment, out current))
            {
                return BsonNull.Value;
            }
        }

        return current;
    }
}
