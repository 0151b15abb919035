using YamlDotNet.RepresentationModel;

namespace Kugelpos.Host.Tests;

/// <summary>dapr.yaml, the Dapr CLI's multi-app run file, runs the same services on the same ports as the host.</summary>
public sealed class DaprRunFileTests
{
    private static readonly string Root = RepositoryRoot.Find();
    private static readonly YamlMappingNode RunFile = Load();

    [Fact]
    public void It_is_a_version_1_run_file_whose_shared_resources_exist()
    {
        var common = (YamlMappingNode)RunFile["common"];

        Assert.Equal("1", Scalar(RunFile, "version"));
        Assert.True(Directory.Exists(Path.Combine(Root, Scalar(common, "resourcesPath"))));
        Assert.True(File.Exists(Path.Combine(Root, Scalar(common, "configFilePath"))));
    }

    [Fact]
    public void It_runs_exactly_the_services_the_host_runs()
    {
        Assert.Equal(ServiceCatalog.All.Select(s => s.AppId).Order(), Apps().Select(a => Scalar(a, "appID")).Order());
    }

    [Fact]
    public void Each_service_keeps_its_Kugelpos_and_sidecar_ports()
    {
        foreach (var app in Apps())
        {
            var row = AppPorts.All.Single(a => a.AppId == Scalar(app, "appID"));
            var env = (YamlMappingNode)app["env"];

            Assert.Equal(row.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar(app, "appPort"));
            Assert.Equal(row.SidecarHttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar(app, "daprHTTPPort"));
            Assert.Equal(row.SidecarGrpcPort.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar(app, "daprGRPCPort"));
            Assert.Equal($"http://localhost:{row.Port}", Scalar(env, "ASPNETCORE_URLS"));
        }
    }

    [Fact]
    public void Each_command_runs_the_service_s_own_project()
    {
        foreach (var app in Apps())
        {
            var service = ServiceCatalog.All.Single(s => s.AppId == Scalar(app, "appID"));
            var folder = Path.Combine(Root, Scalar(app, "appDirPath"));

            Assert.True(File.Exists(Path.Combine(folder, $"{service.Assembly.GetName().Name}.csproj")), $"{folder} holds the project of {service.AppId}");
            Assert.Equal(["dotnet", "run", "--no-launch-profile"], ((YamlSequenceNode)app["command"]).Select(n => ((YamlScalarNode)n).Value));
        }
    }

    [Fact]
    public void Shared_data_paths_point_from_each_service_folder_back_to_the_checkout_s_data_folder()
    {
        var env = (YamlMappingNode)((YamlMappingNode)RunFile["common"])["env"];
        foreach (var app in Apps())
        {
            var folder = Path.Combine(Root, Scalar(app, "appDirPath"));

            Assert.Equal(Path.Combine(Root, "data", "secrets", "jwt-secret"), Path.GetFullPath(Path.Combine(folder, Scalar(env, "Kugelpos__Jwt__SecretFile"))));
            Assert.Equal(Path.Combine(Root, "data", "documents"), Path.GetFullPath(Path.Combine(folder, Scalar(env, "Kugelpos__DocumentStore__DataPath"))));
            Assert.Equal(Path.Combine(Root, "data", "keys"), Path.GetFullPath(Path.Combine(folder, Scalar(env, "Kugelpos__DataProtection__KeyPath"))));
        }
    }

    private static IEnumerable<YamlMappingNode> Apps() => ((YamlSequenceNode)RunFile["apps"]).Cast<YamlMappingNode>();

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Root, "dapr.yaml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
