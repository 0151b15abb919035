using System.Runtime.Serialization;
using System.Text.Json;
using System.Xml;

namespace Kugelpos.Actors.Contracts.Tests;

/// <summary>
/// The two ways Dapr.Actors 1.19 puts an actor call on the wire: remoting's default
/// DataContractSerializer over a binary XML writer, and System.Text.Json with the runtime's web
/// defaults (JSON remoting, non-remoting calls and the actor state store). A contract record
/// must come back equal through both.
/// </summary>
internal static class WireRoundTrip
{
    public static readonly JsonSerializerOptions RuntimeJson = new(JsonSerializerDefaults.Web);

    public static T ThroughDataContract<T>(T value)
    {
        var serializer = new DataContractSerializer(typeof(T));
        using var stream = new MemoryStream();
        using (var writer = XmlDictionaryWriter.CreateBinaryWriter(stream, dictionary: null, session: null, ownsStream: false))
        {
            serializer.WriteObject(writer, value);
        }

        stream.Position = 0;
        using var reader = XmlDictionaryReader.CreateBinaryReader(stream, XmlDictionaryReaderQuotas.Max);
        return (T)serializer.ReadObject(reader)!;
    }

    public static T ThroughJson<T>(T value) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, RuntimeJson), RuntimeJson)!;
}
