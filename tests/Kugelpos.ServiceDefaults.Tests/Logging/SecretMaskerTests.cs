using Kugelpos.ServiceDefaults.Logging;

namespace Kugelpos.ServiceDefaults.Tests.Logging;

public class SecretMaskerTests
{
    [Theory]
    [InlineData("Authorization")]
    [InlineData("X-API-KEY")]
    [InlineData("api_key")]
    [InlineData("dapr-api-token")]
    [InlineData("Password")]
    [InlineData("client_secret")]
    [InlineData("pin")]
    [InlineData("StaffPin")]
    [InlineData("X-New-Token")]
    [InlineData("Cookie")]
    public void Secret_names_are_recognised_whatever_their_spelling(string name) =>
        Assert.True(SecretMasker.IsSecretName(name));

    [Theory]
    [InlineData("terminal_id")]
    [InlineData("storeCode")]
    [InlineData("shipping")]
    [InlineData("RequestPath")]
    [InlineData("")]
    [InlineData(null)]
    public void Ordinary_names_are_left_alone(string? name) =>
        Assert.False(SecretMasker.IsSecretName(name));

    [Theory]
    [InlineData("?pin=1234&page=2", "?pin=***&page=2")]
    [InlineData("Authorization: Bearer abc.def-ghi", "Authorization: Bearer ***")]
    [InlineData("X-API-KEY: key123 accepted", "X-API-KEY: *** accepted")]
    [InlineData("{\"userName\":\"bob\",\"password\":\"hunter2\"}", "{\"userName\":\"bob\",\"password\":\"***\"}")]
    [InlineData("redis://:s3cret@cache:6379", "redis://:***@cache:6379")]
    [InlineData("mongodb://root:s3cret@db:27017/kugel", "mongodb://root:***@db:27017/kugel")]
    [InlineData("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.sig_part-1 seen", "token *** seen")]
    [InlineData("Cart 42 moved to Paying", "Cart 42 moved to Paying")]
    public void Secret_values_in_text_are_masked(string text, string expected) =>
        Assert.Equal(expected, SecretMasker.MaskText(text));

    [Fact]
    public void Text_without_secrets_is_returned_as_the_same_instance()
    {
        var text = "HTTP GET /api/v1/carts responded 200";

        Assert.Same(text, SecretMasker.MaskText(text));
    }
}
