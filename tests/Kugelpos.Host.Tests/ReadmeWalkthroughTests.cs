using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Kugelpos.Host.Tests;

/// <summary>The README's curl walkthrough, run as it stands with bash against the embedded system.</summary>
[Collection(EmbeddedSystem.Name)]
public sealed partial class ReadmeWalkthroughTests(SystemFixture fixture) : IClassFixture<SystemFixture>
{
    private const string Marker = "<!-- walkthrough: store-and-terminal -->";

    [Fact]
    public async Task The_store_and_terminal_walkthrough_runs_and_leaves_the_terminal_closed()
    {
        var script = LocalPort().Replace(Walkthrough(), m => $"localhost:{FixturePort(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))}");
        var start = new ProcessStartInfo("bash", ["-euo", "pipefail", "-c", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEndAsync();
        var errors = bash.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await bash.WaitForExitAsync(timeout.Token);

        Assert.True(bash.ExitCode == 0, $"exit {bash.ExitCode}: {await errors}");
        Assert.Equal("\"status\":\"Closed\"", (await output).TrimEnd().Split('\n')[^1]);
    }

    // The fenced block that follows the marker line.
    private static string Walkthrough()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot.Find(), "README.md"));
        var marker = Array.IndexOf(lines, Marker);
        Assert.True(marker >= 0, $"README.md has no line {Marker}");
        var body = lines.Skip(marker + 1).SkipWhile(l => !l.StartsWith("```", StringComparison.Ordinal)).Skip(1).TakeWhile(l => !l.StartsWith("```", StringComparison.Ordinal));
        return string.Join('\n', body);
    }

    // A README port (the original's) moved to where the fixture's app of that port listens.
    private int FixturePort(int readmePort)
    {
        var index = AppPorts.All.Select(a => a.Port).ToList().IndexOf(readmePort);
        Assert.True(index >= 0, $"the walkthrough calls localhost:{readmePort}, which is no service's port");
        return fixture.Apps[index].Port;
    }

    [GeneratedRegex(@"localhost:(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex LocalPort();
}
