using Kugelpos.DocumentStore.Mongo;
using Kugelpos.DocumentStore.Tests.Support;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;

namespace Kugelpos.DocumentStore.Tests.Mongo;

public sealed class MongoSerializationTests
{
    public MongoSerializationTests() => MongoSerialization.EnsureConfigured();

    [Fact]
    public void Documents_are_stored_in_camelCase_with_decimals_as_Decimal128()
    {
        var item = Item.Sample("i-1", price: 0.1m + 0.2m) with { Status = ItemStatus.Discontinued, Detail = new ItemDetail("food", 12345678901.23m) };

        var bson = item.ToBsonDocument();

        Assert.Equal("i-1", bson["_id"].AsString);
        Assert.Equal(BsonType.Decimal128, bson["price"].BsonType);
        Assert.Equal("0.3", bson["price"].AsDecimal128.ToString());
        Assert.Equal("Discontinued", bson["status"].AsString);
        Assert.Equal("12345678901.23", bson["detail"]["cost"].AsDecimal128.ToString());
        Assert.False(bson.Contains("note"));
        Assert.Equal(item, BsonSerializer.Deserialize<Item>(bson));
    }

    [Theory]
    [InlineData("0.3")]
    [InlineData("1.10")]
    [InlineData("-0.0001")]
    [InlineData("12345678901.23")]
    [InlineData("79228162514264337593543950335")]
    public void Decimals_round_trip_with_their_scale(string amount)
    {
        var price = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        var read = BsonSerializer.Deserialize<Item>(Item.Sample("i-1", price: price).ToBsonDocument());

        Assert.Equal(amount, read.Price.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Dates_are_stored_as_utc_dates_and_read_back_as_utc()
    {
        var startedAt = new DateTime(2031, 7, 15, 23, 30, 45, 123, DateTimeKind.Utc);

        var bson = new Session("s-1", "clerk", startedAt).ToBsonDocument();
        var read = BsonSerializer.Deserialize<Session>(bson);

        Assert.Equal(BsonType.DateTime, bson["startedAt"].BsonType);
        Assert.Equal(startedAt, read.StartedAt);
        Assert.Equal(DateTimeKind.Utc, read.StartedAt!.Value.Kind);
    }
}
