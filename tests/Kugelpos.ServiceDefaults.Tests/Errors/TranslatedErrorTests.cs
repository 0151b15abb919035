using System.Net;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog.Events;

namespace Kugelpos.ServiceDefaults.Tests.Errors;

/// <summary>
/// What a registered <see cref="IErrorTranslator"/> recognises is answered as the error it
/// translates to, an outage as a 503 with Retry-After and one warning line; whatever no
/// translator knows stays a 500 with its stack trace in the log.
/// </summary>
public class TranslatedErrorTests
{
    [Fact]
    public async Task An_exception_a_translator_knows_is_answered_as_its_503_with_retry_after_and_logged_as_a_warning_without_a_stack()
    {
        await using var test = await StartAsync(app =>
            app.MapGet("/api/v1/ledger", string () => throw new TimeoutException("ledger-7 at 10.9.8.7 did not answer")).WithName("get_ledger"));

        using var response = await test.Client.GetAsync(new Uri("/api/v1/ledger", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        var body = await Json.ReadAsync(response);
        await test.Logs.WaitForAsync(e => e.Level == LogEventLevel.Warning && e.MessageTemplate.Text.StartsWith("Request answered", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal((503, "600001", "The ledger store is unavailable; please try again later.", "get_ledger"), (
            body.GetProperty("code").GetInt32(),
            body.GetProperty("userError").GetProperty("code").GetString(),
            body.GetProperty("message").GetString(),
            body.GetProperty("operation").GetString()));
        Assert.Equal(["5"], response.Headers.GetValues("Retry-After"));
        Assert.DoesNotContain("10.9.8.7", text, StringComparison.Ordinal);

        var logged = Assert.Single(test.Logs.Events, e => e.MessageTemplate.Text.StartsWith("Request answered", StringComparison.Ordinal));
        Assert.Null(logged.Exception);
        Assert.Equal("\"ledger-7 at 10.9.8.7 did not answer\"", logged.Properties["Cause"].ToString());
        Assert.DoesNotContain(test.Logs.Events, e => e.Level >= LogEventLevel.Error);
    }

    [Fact]
    public async Task An_exception_no_translator_knows_stays_a_500()
    {
        await using var test = await StartAsync(app =>
            app.MapGet("/boom", string () => throw new InvalidOperationException("a bug")));

        using var response = await test.Client.GetAsync(new Uri("/boom", UriKind.Relative));
        var body = await Json.ReadAsync(response);
        await test.Logs.WaitForAsync(e => e.Exception is InvalidOperationException);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("900999", body.GetProperty("userError").GetProperty("code").GetString());
        Assert.False(response.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task A_thrown_KugelposException_with_retry_after_sends_the_header_too()
    {
        await using var test = await StartAsync(app =>
            app.MapGet("/busy", string () => throw new KugelposException(503, "600001", "The ledger store is unavailable") { RetryAfter = TimeSpan.FromSeconds(30) }));

        using var response = await test.Client.GetAsync(new Uri("/busy", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter?.Delta);
    }

    private static Task<TestApp> StartAsync(Action<WebApplication> map) => TestApp.StartAsync(
        map, configure: builder => builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IErrorTranslator, TimeoutTranslator>()));
}
