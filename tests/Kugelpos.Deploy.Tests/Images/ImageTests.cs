using System.Net;
using Kugelpos.Host;
using Kugelpos.Sidecar;
using Kugelpos.Testing;

namespace Kugelpos.Deploy.Tests.Images;

/// <summary>
/// What can be checked of the images without a container engine: the Dockerfile's publish step
/// produces the launcher its entry point names, for every service, and that launcher starts the
/// service outside the one-machine host.
/// </summary>
public sealed class ImageTests
{
    private static readonly Dockerfile File = Dockerfile.Load();

    public static TheoryData<string> Services { get; } = [.. ServiceCatalog.All.Select(s => ProjectSuffix(s))];

    [Fact]
    public void The_runtime_stage_is_a_chiseled_image_run_by_its_non_root_user_through_the_renamed_launcher()
    {
        Assert.Contains("FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled", File.Text, StringComparison.Ordinal);
        Assert.Contains("USER $APP_UID", File.Text, StringComparison.Ordinal);
        Assert.Equal("/app/Kugelpos.${SERVICE}", File.LauncherFrom);
        Assert.Equal(File.LauncherTo, File.EntryPoint);
        Assert.Contains("-p:UseAppHost=true", File.PublishArguments, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Each_service_s_launcher_starts_it_and_answers_its_liveness_probe(string service)
    {
        // The build the tests run from made the same launcher the publish step makes (UseAppHost).
        var launcher = Path.Combine(RepositoryRoot.Find(), "src", $"Kugelpos.{service}", "bin", BuildConfiguration, "net10.0", $"Kugelpos.{service}");

        Assert.True(System.IO.File.Exists(launcher), $"{launcher} was not built");
        await AssertStartsAsync(launcher);
    }

    [Fact]
    public async Task The_publish_step_gives_the_cart_its_launcher_and_its_standard_plugins_and_the_launcher_starts_it()
    {
        // The cart is the one service whose image needs more than its assemblies: plugins.json
        // and the standard plugins beside it.
        using var output = new TempResources();
        using var publish = ProgramProcess.StartFile("dotnet", File.PublishArgumentsFor("Cart", output.Path), RepositoryRoot.Find());
        var exit = await publish.WaitForExitAsync(TimeSpan.FromMinutes(15));
        Assert.True(exit == 0, await publish.ReadOutputToEndAsync());
        var launcher = Path.Combine(output.Path, Path.GetFileName(File.EntryPoint));
        System.IO.File.Move(Path.Combine(output.Path, "Kugelpos.Cart"), launcher);

        Assert.True(System.IO.File.Exists(Path.Combine(output.Path, "plugins.json")));
        Assert.True(System.IO.File.Exists(Path.Combine(output.Path, "Kugelpos.Cart.Plugins.Standard.dll")));
        await AssertStartsAsync(launcher);
    }

    private static string BuildConfiguration => AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string ProjectSuffix(KugelposService service) => service.Assembly.GetName().Name!["Kugelpos.".Length..];

    private static async Task AssertStartsAsync(string launcher)
    {
        using var data = new TempResources();
        var port = FreePort.Next();
        using var process = ProgramProcess.StartFile(launcher, string.Empty, data.Path, new Dictionary<string, string?>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Kugelpos__Jwt__Secret"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)),
            ["Kugelpos__DocumentStore__DataPath"] = Path.Combine(data.Path, "documents"),
            ["Kugelpos__DataProtection__KeyPath"] = Path.Combine(data.Path, "keys"),
            ["DAPR_HTTP_PORT"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await process.UntilLoggedAsync("Now listening on");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
