using System.Collections.Concurrent;

namespace Kugelpos.Cart.Tests.Support;

/// <summary>Put in front of a service client, records the path and query of every request the client sends.</summary>
/// <param name="sent">Where the requests are recorded, shared by every handler the client factory builds.</param>
internal sealed class CountingHandler(ConcurrentQueue<string> sent) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        sent.Enqueue(request.RequestUri?.PathAndQuery ?? string.Empty);
        return base.SendAsync(request, cancellationToken);
    }
}
