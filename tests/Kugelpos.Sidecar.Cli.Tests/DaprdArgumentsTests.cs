using Microsoft.Extensions.Logging;

namespace Kugelpos.Sidecar.Cli.Tests;

/// <summary>daprd's flags, read as daprd reads them.</summary>
public sealed class DaprdArgumentsTests
{
    [Fact]
    public void Daprd_flags_map_onto_the_options()
    {
        var options = DaprdArguments.Parse(["--app-id", "cart", "--app-port", "8003", "--dapr-http-port", "3503", "--dapr-grpc-port", "50004", "--resources-path", "components/local", "--config", "c.yaml"], out var error)?.Options;

        Assert.Null(error);
        Assert.Equal(("cart", 8003, 3503, 50004, "components/local", "c.yaml"),
            (options!.AppId, options.AppPort, options.DaprHttpPort, options.DaprGrpcPort, options.ResourcesPath, options.ConfigPath));
    }

    [Fact]
    public void Without_an_app_port_the_sidecar_runs_with_no_app_on_daprds_default_ports()
    {
        var options = DaprdArguments.Parse(["--app-id", "report"], out _)?.Options;

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
    [InlineData(new[] { "--app-id", "x", "--log-level", "loud" }, "--log-level 'loud' is not one of debug, info, warn, error, fatal")]
    [InlineData(new[] { "--app-id", "x", "--resources-path" }, "'--resources-path' needs a value")]
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
        var options = DaprdArguments.Parse(["--app-id", "x", "--max-body-size", size], out var error)?.Options;

        Assert.Null(error);
        Assert.Equal(bytes, options!.MaxBodySize);
    }

    [Fact]
    public void Daprds_usual_flags_are_accepted_and_those_without_effect_are_named()
    {
        var line = DaprdArguments.Parse(
            ["--app-id", "cart", "--log-level", "debug", "--metrics-port", "9090", "--app-protocol", "http", "--enable-metrics", "--config", "c.yaml",
             "--placement-host-address", "localhost:50005", "--enable-api-logging", "--app-max-concurrency", "-1", "--dapr-internal-grpc-port", "50010",
             "--profile-port", "7777", "--app-channel-address", "10.0.0.5", "--dapr-listen-addresses", "0.0.0.0", "--mode", "standalone",
             "--control-plane-address", "cp:443", "--sentry-address", "sentry:443", "--enable-mtls=false", "--log-as-json", "true"],
            out var error);

        Assert.Null(error);
        Assert.Equal(("cart", "10.0.0.5", "c.yaml", LogLevel.Debug), (line!.Options.AppId, line.Options.AppHost, line.Options.ConfigPath, line.LogLevel));
        Assert.Equal(
            ["--mode", "--dapr-listen-addresses", "--dapr-internal-grpc-port", "--profile-port", "--app-protocol", "--control-plane-address", "--sentry-address",
             "--app-max-concurrency", "--placement-host-address", "--metrics-port", "--enable-metrics", "--enable-mtls", "--enable-api-logging", "--log-as-json"],
            line.Ignored);
    }

    [Fact]
    public void Go_style_single_dash_and_equals_forms_read_as_daprd_reads_them()
    {
        var line = DaprdArguments.Parse(["-app-id", "cart", "--app-port=8003", "-dapr-http-port", "3503"], out var error);

        Assert.Null(error);
        Assert.Equal(("cart", 8003, 3503), (line!.Options.AppId, line.Options.AppPort, line.Options.DaprHttpPort));
    }

    [Fact]
    public void Help_is_not_an_error_and_the_usage_names_the_flags_that_take_effect()
    {
        Assert.Null(DaprdArguments.Parse(["--help"], out var error));
        Assert.Equal(string.Empty, error);
        Assert.Contains("--app-id <ID>", DaprdArguments.Usage, StringComparison.Ordinal);
        Assert.Contains("--max-body-size <SIZE>", DaprdArguments.Usage, StringComparison.Ordinal);
        Assert.DoesNotContain("--sentry-address", DaprdArguments.Usage, StringComparison.Ordinal);
    }
}
