using System.Net;
using System.Text;

namespace Kugelpos.Dapr.Tests.TerminalKeys;

/// <summary>The terminal service, replaced at unit level: records each request and answers with a fixed status and body, or throws.</summary>
internal sealed class CannedReply(HttpStatusCode status, string body = "{}", Exception? failure = null) : HttpMessageHandler
{
    public List<HttpRequestMessage> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        if (failure is not null)
        {
            throw failure;
        }

        return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
