using System.Collections.Concurrent;

namespace Kugelpos.Testing;

/// <summary>
/// Keeps the headers and body of every response the test client received, so a test can
/// search everything the service ever sent (e.g. for a leaked secret).
/// </summary>
public sealed class ResponseRecorder : DelegatingHandler
{
    private readonly ConcurrentQueue<string> _responses = new();

    /// <summary>A recorder over a real socket handler: the service under test listens on Kestrel.</summary>
    public ResponseRecorder()
        : base(new SocketsHttpHandler())
    {
    }

    /// <summary>Every response so far: headers, content headers and body.</summary>
    public string Text => string.Join(Environment.NewLine, _responses);

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        // Buffered, so the test can still read the body after it was recorded.
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        _responses.Enqueue($"{response.Headers}{response.Content.Headers}{body}");
        return response;
    }
}
