using LiteDB;

namespace Kugelpos.DocumentStore.LiteDb;

/// <summary>Builds the one BsonMapper of a store, set up to store what MongoDB stores.</summary>
internal static class LiteDbMapper
{
    public static BsonMapper Create()
    {
        var mapper = new BsonMapper
        {
            // The defaults trim strings and turn "" into null; documents must round-trip exactly.
            TrimWhitespace = false,
            EmptyStringToNull = false,
            EnumAsInteger = false,
            SerializeNullValues = false,
            ResolveFieldName = CamelCase.Of,
        };
        mapper.RegisterType<DateTime>(
            serialize: value => new BsonValue(value),
            deserialize: bson => LiteDbDates.ToUtc(bson.AsDateTime));
        mapper.RegisterType<DateTimeOffset>(
            serialize: value => new BsonValue(value.UtcDateTime),
            deserialize: bson => new DateTimeOffset(LiteDbDates.ToUtc(bson.AsDateTime)));
        return mapper;
    }
}
