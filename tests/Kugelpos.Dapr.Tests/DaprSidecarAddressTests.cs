using Microsoft.Extensions.Configuration;

namespace Kugelpos.Dapr.Tests;

public class DaprSidecarAddressTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void The_http_endpoint_is_taken_as_given_before_the_port()
    {
        var settings = Settings(("DAPR_HTTP_ENDPOINT", "http://127.0.0.1:3599"), ("DAPR_HTTP_PORT", "3500"));

        Assert.Equal("http://127.0.0.1:3599", DaprSidecarAddress.HttpEndpoint(settings));
    }

    [Fact]
    public void A_port_alone_names_the_loopback_endpoint_and_a_bad_port_names_none()
    {
        Assert.Equal("http://127.0.0.1:3504", DaprSidecarAddress.HttpEndpoint(Settings(("DAPR_HTTP_PORT", "3504"))));
        Assert.Null(DaprSidecarAddress.HttpEndpoint(Settings(("DAPR_HTTP_PORT", "35o4"))));
    }

    [Fact]
    public void The_grpc_endpoint_and_the_api_token_are_read_and_empty_values_count_as_absent()
    {
        var settings = Settings(("DAPR_GRPC_ENDPOINT", "http://127.0.0.1:50009"), ("DAPR_API_TOKEN", "s3cret"));

        Assert.Equal("http://127.0.0.1:50009", DaprSidecarAddress.GrpcEndpoint(settings));
        Assert.Equal("s3cret", DaprSidecarAddress.ApiToken(settings));
        Assert.Null(DaprSidecarAddress.GrpcEndpoint(Settings(("DAPR_GRPC_ENDPOINT", ""))));
        Assert.Null(DaprSidecarAddress.ApiToken(null));
    }
}
