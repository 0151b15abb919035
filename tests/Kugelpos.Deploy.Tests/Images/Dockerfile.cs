using System.Text.RegularExpressions;
using Kugelpos.Host;

namespace Kugelpos.Deploy.Tests.Images;

/// <summary>
/// deploy/Dockerfile read as what it does for one service: the publish command of its build
/// stage, the launcher it renames, the base image and user of its runtime stage, its entry point.
/// </summary>
public sealed partial class Dockerfile
{
    private Dockerfile(string text)
    {
        Text = text;
        var publish = Publish().Match(text);
        if (!publish.Success)
        {
            throw new InvalidOperationException("deploy/Dockerfile has no 'RUN dotnet publish ... && mv ...' step");
        }

        PublishArguments = publish.Groups["arguments"].Value.Replace("\\\n", " ", StringComparison.Ordinal).Trim();
        LauncherFrom = publish.Groups["from"].Value;
        LauncherTo = publish.Groups["to"].Value;
        EntryPoint = EntryPointLine().Match(text).Groups["path"].Value;
    }

    /// <summary>The whole file.</summary>
    public string Text { get; }

    /// <summary>What follows <c>dotnet</c> in the build stage's publish step, with <c>${SERVICE}</c> in it.</summary>
    public string PublishArguments { get; }

    /// <summary>The launcher the publish step produces, e.g. <c>/app/Kugelpos.${SERVICE}</c>.</summary>
    public string LauncherFrom { get; }

    /// <summary>Where the launcher is moved to.</summary>
    public string LauncherTo { get; }

    /// <summary>The executable of <c>ENTRYPOINT</c>.</summary>
    public string EntryPoint { get; }

    /// <summary>Reads deploy/Dockerfile of the checkout.</summary>
    public static Dockerfile Load() => new(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "deploy", "Dockerfile")));

    /// <summary>The publish arguments for <paramref name="service"/> with the output in <paramref name="output"/> instead of /app.</summary>
    /// <param name="service">The project name after <c>Kugelpos.</c>.</param>
    /// <param name="output">A folder of the test's own.</param>
    public string PublishArgumentsFor(string service, string output) =>
        PublishArguments.Replace("${SERVICE}", service, StringComparison.Ordinal).Replace("--output /app", $"--output \"{output}\"", StringComparison.Ordinal);

    [GeneratedRegex(@"^RUN dotnet (?<arguments>publish (?:[^\n&]|\\\n)*?)\s*\\?\n\s*&& mv (?<from>\S+) (?<to>\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Publish();

    [GeneratedRegex(@"^ENTRYPOINT \[""(?<path>[^""]+)""\]\s*$", RegexOptions.Multiline)]
    private static partial Regex EntryPointLine();
}
