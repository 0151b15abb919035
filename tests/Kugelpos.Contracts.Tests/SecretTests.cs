using System.Reflection;
using System.Text.Json.Serialization;
using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Contracts.Tests.TestSupport;

namespace Kugelpos.Contracts.Tests;

public sealed class SecretTests
{
    private static readonly string[] SecretNames = ["apikey", "pin", "password", "passwd", "token", "secret"];

    [Theory]
    [InlineData(Samples.OpenCloseLogClose)]
    [InlineData(Samples.OriginalOpenCloseLogClose)]
    public void Serialized_open_close_log_has_no_secret_named_field(string sample)
    {
        var written = EventJson.Serialize(EventJson.Deserialize<OpenCloseLog>(Samples.Read(sample)));

        Assert.DoesNotContain(JsonKeys.All(written), IsSecretName);
    }

    [Fact]
    public void Secrets_sent_by_the_original_are_dropped_on_the_way_through()
    {
        var original = Samples.Read(Samples.OriginalOpenCloseLogClose);
        Assert.Contains("SECRET-", original, StringComparison.Ordinal);

        var written = EventJson.Serialize(EventJson.Deserialize<OpenCloseLog>(original));

        Assert.DoesNotContain("SECRET-", written, StringComparison.Ordinal);
    }

    [Fact]
    public void No_wire_record_declares_a_secret_named_field()
    {
        var wireNames = typeof(IKugelposEvent).Assembly.GetExportedTypes()
            .SelectMany(type => type.GetProperties())
            .Select(property => property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name)
            .OfType<string>()
            .ToList();

        Assert.Contains("event_id", wireNames);
        Assert.DoesNotContain(wireNames, IsSecretName);
    }

    [Fact]
    public void Error_messages_do_not_echo_field_values()
    {
        var json = JsonEdit.With(Samples.Read(Samples.OpenCloseLogClose), "event_id", "SECRET-VALUE-42");

        var error = Assert.Throws<EventJsonException>(() => EventJson.Deserialize<OpenCloseLog>(json));

        Assert.DoesNotContain("SECRET-VALUE-42", error.ToString(), StringComparison.Ordinal);
    }

    private static bool IsSecretName(string name)
    {
        var squashed = name.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        return SecretNames.Any(secret => squashed.Equals(secret, StringComparison.OrdinalIgnoreCase)
            || squashed.EndsWith(secret, StringComparison.OrdinalIgnoreCase));
    }
}
