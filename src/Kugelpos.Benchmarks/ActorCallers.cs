using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Dapr.Actors;
using Dapr.Actors.Client;

namespace Kugelpos.Benchmarks;

/// <summary>
/// The call paths to <see cref="IBenchActor.Echo"/>: non-remoting and remoting proxies
/// through the sidecar, and the same JSON PUT the sidecar would forward, sent straight to the app.
/// Each checks the answer, so a wrong reply counts as a failure, not as a fast call.
/// </summary>
public sealed class ActorCallers : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly ActorProxy[] _proxies;
    private readonly IBenchActor[] _remoting;
    private readonly Uri[] _directUris;
    private readonly HttpClient _direct;

    /// <summary>Prepares proxies and URIs for <paramref name="actorIds"/> ids up front.</summary>
    public ActorCallers(Uri sidecarHttp, Uri appEndpoint, int actorIds)
    {
        ArgumentNullException.ThrowIfNull(sidecarHttp);
        var factory = new ActorProxyFactory(new ActorProxyOptions { HttpEndpoint = sidecarHttp.ToString().TrimEnd('/') });
        _proxies = new ActorProxy[actorIds];
        _remoting = new IBenchActor[actorIds];
        _directUris = new Uri[actorIds];
        for (var i = 0; i < actorIds; i++)
        {
            var id = "bench-" + i.ToString(CultureInfo.InvariantCulture);
            _proxies[i] = factory.Create(new ActorId(id), BenchActor.TypeName);
            _remoting[i] = factory.CreateActorProxy<IBenchActor>(new ActorId(id), BenchActor.TypeName);
            _directUris[i] = new Uri(appEndpoint, $"actors/{BenchActor.TypeName}/{id}/method/{nameof(IBenchActor.Echo)}");
        }

        _direct = new HttpClient(new SocketsHttpHandler { UseProxy = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Calls actor <paramref name="index"/> through the sidecar with the Dapr SDK.</summary>
    public async Task ViaSidecarAsync(int index, int n)
    {
        var answer = await _proxies[index].InvokeMethodAsync<int, int>(nameof(IBenchActor.Echo), n);
        Check(answer, n);
    }

    /// <summary>Calls actor <paramref name="index"/> through the sidecar with an SDK remoting proxy.</summary>
    public async Task ViaSidecarRemotingAsync(int index, int n) => Check(await _remoting[index].Echo(n), n);

    /// <summary>Calls actor <paramref name="index"/> on the app directly, as the sidecar would.</summary>
    public async Task DirectAsync(int index, int n)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(n.ToString(CultureInfo.InvariantCulture)));
        content.Headers.ContentType = Json;
        using var response = await _direct.PutAsync(_directUris[index], content);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        Check(int.Parse(body, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), n);
    }

    /// <summary>Retries a sidecar call until the sidecar has discovered the app's actors.</summary>
    /// <exception cref="TimeoutException">The sidecar never hosted the actor type.</exception>
    public async Task WaitUntilHostedAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                await ViaSidecarAsync(0, 0);
                return;
            }
#pragma warning disable CA1031 // Any failure before discovery completes means "not yet"; the last one is reported.
            catch (Exception e) when (DateTime.UtcNow < deadline)
#pragma warning restore CA1031
            {
                _ = e;
                await Task.Delay(100);
            }
            catch (Exception e)
            {
                throw new TimeoutException($"the sidecar did not host {BenchActor.TypeName} within {timeout.TotalSeconds:0} s: {e.Message}", e);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _direct.Dispose();

    private static void Check(int answer, int n)
    {
        if (answer != n + 1)
        {
            throw new InvalidOperationException($"Echo({n}) answered {answer}, expected {n + 1}");
        }
    }
}
