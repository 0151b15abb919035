namespace Kugelpos.OpenApi.Tests;

/// <summary>A Kugelpos service whose generated OpenAPI document is held against the original's.</summary>
/// <param name="Name">The service's name, which is also the original's file name (<c>account</c> reads <c>account.json</c>).</param>
/// <param name="StartAsync">Starts the service on the shared harness with the given settings.</param>
public sealed record ServiceUnderTest(string Name, Func<IDictionary<string, string?>, Task<ServiceTestHost>> StartAsync)
{
    /// <summary>The original's document for this service, copied into <c>Original/</c>.</summary>
    public string OriginalFile => Path.Combine(AppContext.BaseDirectory, "Original", Name + ".json");

    /// <inheritdoc />
    public override string ToString() => Name;
}
