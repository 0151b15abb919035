using System.Collections.Concurrent;

namespace Kugelpos.Account.Tests.Support;

/// <summary>Keeps the headers and body of every response the test client received.</summary>
internal sealed class ResponseRecorder : DelegatingHandler
{
    private readonly ConcurrentQueue<string> _responses = new();

    public ResponseRecorder()
        : base(new SocketsHttpHandler())
    {
    }

    public string Text => string.Join(Environment.NewLine, _responses);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        _responses.Enqueue($"{response.Headers}{response.Content.Headers}{body}");
        return response;
    }
}
