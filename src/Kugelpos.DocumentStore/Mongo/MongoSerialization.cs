using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Conventions;
using MongoDB.Bson.Serialization.Serializers;

namespace Kugelpos.DocumentStore.Mongo;

/// <summary>
/// The process-wide BSON setup that makes MongoDB store what the LiteDB mapper stores:
/// camelCase names, enums as names, nulls left out, decimals as Decimal128, Guids in the
/// standard binary form and DateTimeOffset as a UTC date. Registered once, before the first
/// class map is built (class maps freeze their conventions).
/// </summary>
internal static class MongoSerialization
{
    private static readonly Lazy<bool> Configured = new(Configure);

    public static void EnsureConfigured() => _ = Configured.Value;

    private static bool Configure()
    {
        var conventions = new ConventionPack
        {
            new CamelCaseElementNameConvention(),
            new IgnoreExtraElementsConvention(true),
            new EnumRepresentationConvention(BsonType.String, topLevelOnly: false),
            new IgnoreIfNullConvention(true),
        };
        ConventionRegistry.Register("Kugelpos.DocumentStore", conventions, _ => true);
        BsonSerializer.TryRegisterSerializer(new DecimalSerializer(BsonType.Decimal128));
        BsonSerializer.TryRegisterSerializer(new GuidSerializer(GuidRepresentation.Standard));
        BsonSerializer.TryRegisterSerializer(new DateTimeOffsetSerializer(BsonType.DateTime));

        // Another component may have registered its own serializer first; money must stay exact.
        Require(BsonSerializer.LookupSerializer<decimal>() is DecimalSerializer { Representation: BsonType.Decimal128 }, "decimal as Decimal128");
        Require(BsonSerializer.LookupSerializer<Guid>() is GuidSerializer { GuidRepresentation: GuidRepresentation.Standard }, "Guid as standard binary");
        Require(BsonSerializer.LookupSerializer<DateTimeOffset>() is DateTimeOffsetSerializer { Representation: BsonType.DateTime }, "DateTimeOffset as a date");
        return true;
    }

    private static void Require(bool holds, string what)
    {
        if (!holds)
        {
            throw new InvalidOperationException(
                $"The MongoDB serializer for {what} was registered differently elsewhere in this process; the document store needs {what}.");
        }
    }
}
