namespace Kugelpos.OpenApi.Tests;

/// <summary>
/// Each service's generated document against the original's: the same paths and verbs (path
/// parameters compared by place, not name), and every difference listed in <see cref="AddedEndpoints"/>
/// or, for what a service does not serve yet, <see cref="AwaitedEndpoints"/>.
/// </summary>
[Collection(RunningServicesCollection.Name)]
public sealed class OriginalApiCoverageTests
{
    private readonly RunningServices _services;

    public OriginalApiCoverageTests(RunningServices services) => _services = services;

    [Theory]
    [MemberData(nameof(ServicesUnderTest.Names), MemberType = typeof(ServicesUnderTest))]
    public void Every_endpoint_of_the_original_is_in_the_generated_document(string service)
    {
        var ours = Ours(service);
        var awaited = AwaitedEndpoints.For(service).Select(entry => entry.Endpoint).ToHashSet();
        var sidecarOnly = SubscriberEndpoints.For(service).ToHashSet();
        var missing = Original(service).Keys
            .Where(endpoint => !ours.ContainsKey(endpoint) && !awaited.Contains(endpoint) && !sidecarOnly.Contains(endpoint))
            .ToList();

        Assert.True(missing.Count == 0, $"{service} lacks the original's {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(ServicesUnderTest.Names), MemberType = typeof(ServicesUnderTest))]
    public void Every_awaited_endpoint_is_the_originals_and_still_missing(string service)
    {
        var ours = Ours(service);
        var original = Original(service);
        var stale = AwaitedEndpoints.For(service).Where(entry => ours.ContainsKey(entry.Endpoint) || !original.ContainsKey(entry.Endpoint)).ToList();

        Assert.True(
            stale.Count == 0,
            $"AwaitedEndpoints lists {string.Join(", ", stale.Select(entry => entry.Endpoint))} for {service}, which it serves now or the original lacks: remove the entry");
    }

    [Theory]
    [MemberData(nameof(ServicesUnderTest.Names), MemberType = typeof(ServicesUnderTest))]
    public void Every_endpoint_the_original_lacks_is_listed_with_its_reason(string service)
    {
        var original = Original(service);
        var listed = AddedEndpoints.For(service).Select(entry => entry.Endpoint).ToHashSet();
        var unlisted = Ours(service).Keys.Where(endpoint => !original.ContainsKey(endpoint) && !listed.Contains(endpoint)).ToList();

        Assert.True(
            unlisted.Count == 0,
            $"{service} serves {string.Join(", ", unlisted)}, which the original lacks; list each in AddedEndpoints with its reason");
    }

    [Theory]
    [MemberData(nameof(ServicesUnderTest.Names), MemberType = typeof(ServicesUnderTest))]
    public void Every_listed_addition_is_in_the_generated_document(string service)
    {
        var ours = Ours(service);
        var stale = AddedEndpoints.For(service).Where(entry => !ours.ContainsKey(entry.Endpoint)).ToList();

        Assert.True(
            stale.Count == 0,
            $"AddedEndpoints lists {string.Join(", ", stale.Select(entry => entry.Endpoint))} for {service}, which does not serve it");
    }

    [Theory]
    [MemberData(nameof(ServicesUnderTest.Names), MemberType = typeof(ServicesUnderTest))]
    public void Every_endpoint_the_original_secures_requires_a_token_in_ours(string service)
    {
        var ours = Ours(service);
        var open = Original(service)
            .Where(pair => OpenApiDocuments.IsSecured(pair.Value)
                && ours.TryGetValue(pair.Key, out var operation) && !OpenApiDocuments.IsSecured(operation))
            .Select(pair => pair.Key)
            .ToList();

        Assert.True(open.Count == 0, $"{service} leaves open what the original secures: {string.Join(", ", open)}");
    }

    private static IReadOnlyDictionary<Endpoint, System.Text.Json.JsonElement> Original(string service) =>
        OpenApiDocuments.Operations(OpenApiDocuments.Original(ServicesUnderTest.All.Single(s => s.Name == service)));

    private IReadOnlyDictionary<Endpoint, System.Text.Json.JsonElement> Ours(string service) =>
        OpenApiDocuments.Operations(_services.Document(service));
}
