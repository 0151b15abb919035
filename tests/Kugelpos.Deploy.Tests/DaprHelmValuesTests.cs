using Kugelpos.Host;
using YamlDotNet.RepresentationModel;

namespace Kugelpos.Deploy.Tests;

/// <summary>deploy/dapr/values.yaml: the control plane a production cluster installs.</summary>
public sealed class DaprHelmValuesTests
{
    [Fact]
    public void Placement_and_scheduler_run_highly_available_and_reminders_are_kept_on_disk()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepositoryRoot.Find(), "deploy", "dapr", "values.yaml")))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;

        Assert.Equal("true", Scalar(root, "global", "ha", "enabled"));
        Assert.True(int.Parse(Scalar(root, "global", "ha", "replicaCount"), System.Globalization.CultureInfo.InvariantCulture) >= 3);
        Assert.Equal("true", Scalar(root, "global", "mtls", "enabled"));
        Assert.Equal("false", Scalar(root, "dapr_scheduler", "cluster", "inMemoryStorage"));
    }

    private static string Scalar(YamlMappingNode node, params string[] path)
    {
        YamlNode current = node;
        foreach (var key in path)
        {
            current = ((YamlMappingNode)current)[key];
        }

        return ((YamlScalarNode)current).Value!;
    }
}
