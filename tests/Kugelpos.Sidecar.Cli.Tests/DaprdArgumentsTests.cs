namespace Kugelpos.Sidecar.Cli.Tests;

/// <summary>daprd's flags, read as daprd reads them.</summary>
public sealed class DaprdArgumentsTests
{
    [Fact]
    public void Daprd_flags_map_onto_the_options()
    {
        var options = DaprdArguments.Parse(["--app-id", "cart", "--app-port", "8003", "--dapr-http-port", "3503", "--dapr-grpc-port", "50004", "--resources-path", "components/local", "--config", "c.yaml"], out var error);

        Assert.Null(error);
        Assert.Equal(("cart", 8003, 3503, 50004, "components/local", "c.yaml"),
            (options!.AppId, options.AppPort, options.DaprHttpPort, options.DaprGrpcPort, options.ResourcesPath, options.ConfigPath));
    }

    [Fact]
    public void Without_an_app_port_the_sidecar_runs_with_no_app_on_daprds_default_ports()
    {
        var options = DaprdArguments.Parse(["--app-id", "report"], out _);

        Assert.Equal((null, 3500, 50001), (options!.AppPort, options.DaprHttpPort, options.DaprGrpcPort));
    }

    [Theory]
    [InlineData(new[] { "--app-port", "8003" }, "--app-id is required")]
    [InlineData(new[] { "--app-id", "x", "--app-port", "eighty" }, "--app-port 'eighty' is not a port number")]
    [InlineData(new[] { "--app-id", "x", "--dapr-http-port", "70000" }, "--dapr-http-port '70000' is not a port number")]
    [InlineData(new[] { "--app-id", "x", "--log-as-jason", "true" }, "unknown flag --log-as-jason")]
    [InlineData(new[] { "--app-id" }, "'--app-id' needs a value")]
    [InlineData(new[] { "--app-id", "x", "--max-body-size", "big" }, "--max-body-size 'big' is not a size such as 4Mi or 4194304")]
    [InlineData(new[] { "--app-id", "x", "--max-body-size", "0" }, "--max-body-size '0' is not a size such as 4Mi or 4194304")]
    [InlineData(new[] { "--app-id", "x", "--max-body-size", "99999999999Gi" }, "--max-body-size '99999999999Gi' is not a size such as 4Mi or 4194304")]
    public void Bad_flags_are_named(string[] args, string expected)
    {
        Assert.Null(DaprdArguments.Parse(args, out var error));
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("4Mi", 4L * 1024 * 1024)]
    [InlineData("512Ki", 512L * 1024)]
    [InlineData("2M", 2_000_000L)]
    [InlineData("1Gi", 1L << 30)]
    [InlineData("1048576", 1_048_576L)]
    public void The_max_body_size_takes_daprds_quantities_and_plain_bytes(string size, long bytes)
    {
        var options = DaprdArguments.Parse(["--app-id", "x", "--max-body-size", size], out var error);

        Assert.Null(error);
        Assert.Equal(bytes, options!.MaxBodySize);
    }
}
