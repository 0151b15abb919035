using System.Net;
using System.Text;
using Kugelpos.ServiceDefaults.Errors;

namespace Kugelpos.Dapr.Tests;

/// <summary>A service reads one resource of another: the envelope's data, null for a 404, the caller's error for anything else.</summary>
public sealed class ServiceResourceReadsTests
{
    private const string Path = "api/v1/tenants/A1234/payments/01";

    [Fact]
    public async Task The_data_of_the_envelope_is_read_with_the_service_token_as_bearer()
    {
        var network = new Network(_ => Answer(HttpStatusCode.OK, """{"success":true,"code":200,"message":"ok","data":{"paymentCode":"01","limitAmount":5000},"operation":"get_payment"}"""));

        var payment = await ReadAsync(network);

        Assert.Equal(new Payment("01", 5000m), payment);
        Assert.Equal("Bearer the-token", network.Authorization);
        Assert.Equal("http://master-data/" + Path, network.Uri);
    }

    [Fact]
    public async Task A_404_is_none()
    {
        var payment = await ReadAsync(new Network(_ => Answer(HttpStatusCode.NotFound, """{"success":false,"code":404,"message":"not found","data":null}""")));

        Assert.Null(payment);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, "answered 500")]
    [InlineData(HttpStatusCode.Unauthorized, "answered 401")]
    public async Task Any_other_error_status_is_the_callers_failure(HttpStatusCode status, string what)
    {
        var error = await Assert.ThrowsAsync<KugelposException>(() => ReadAsync(new Network(_ => Answer(status, "{}"))));

        Assert.Equal("master data " + what, error.Message);
    }

    [Fact]
    public async Task A_service_that_cannot_be_reached_times_out_or_answers_no_envelope_is_the_callers_failure()
    {
        var unreachable = await Assert.ThrowsAsync<KugelposException>(() => ReadAsync(new Network(_ => throw new HttpRequestException("refused"))));
        var slow = await Assert.ThrowsAsync<KugelposException>(() => ReadAsync(new Network(_ => throw new TaskCanceledException("timeout"))));
        var garbled = await Assert.ThrowsAsync<KugelposException>(() => ReadAsync(new Network(_ => Answer(HttpStatusCode.OK, "<html>"))));

        Assert.Equal("master data could not be reached", unreachable.Message);
        Assert.IsType<HttpRequestException>(unreachable.InnerException);
        Assert.Equal("master data did not answer in time", slow.Message);
        Assert.Equal("master data answered a body that is not a Kugelpos envelope", garbled.Message);
    }

    [Fact]
    public async Task A_call_the_caller_cancels_is_cancelled_not_failed()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ReadAsync(new Network(_ => Answer(HttpStatusCode.OK, "{}")), cancelled.Token));
    }

    private static async Task<Payment?> ReadAsync(Network network, CancellationToken cancellationToken = default)
    {
        using var http = new HttpClient(network) { BaseAddress = new Uri("http://master-data/") };
        return await http.GetDataAsync<Payment>(
            Path, "the-token", (what, cause) => new KugelposException(503, "404003", "master data " + what, null, cause), cancellationToken);
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private sealed record Payment(string PaymentCode, decimal LimitAmount);

    /// <summary>The network, replaced at unit level: answers as told and records what was sent.</summary>
    private sealed class Network(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        public string? Authorization { get; private set; }

        public string? Uri { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Authorization = request.Headers.Authorization?.ToString();
            Uri = request.RequestUri?.ToString();
            return Task.FromResult(answer(request));
        }
    }
}
