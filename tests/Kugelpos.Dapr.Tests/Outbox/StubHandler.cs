using System.Net;
using System.Net.Http.Headers;

namespace Kugelpos.Dapr.Tests.Outbox;

/// <summary>An HTTP handler that records each request and answers with a fixed status, or throws.</summary>
internal sealed class StubHandler(HttpStatusCode status, Exception? failure = null) : HttpMessageHandler
{
    public List<(Uri Uri, string Body, AuthenticationHeaderValue? Authorization)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add((request.RequestUri!, await request.Content!.ReadAsStringAsync(cancellationToken), request.Headers.Authorization));
        if (failure is not null)
        {
            throw failure;
        }

        return new HttpResponseMessage(status);
    }
}
