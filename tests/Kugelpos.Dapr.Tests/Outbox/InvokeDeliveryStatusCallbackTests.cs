using System.Net;
using System.Text.Json;
using Kugelpos.Dapr.Outbox;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Kugelpos.Dapr.Tests.Outbox;

public sealed class InvokeDeliveryStatusCallbackTests
{
    private static readonly DeliveryStatusTarget Target = new("terminal", "/api/v1/terminals/T1-S1-3/delivery-status", "T1");
    private static readonly DeliveryStatusUpdate Update = new("0f8fad5b-d9cb-469f-a165-70867728950e", "report", SubscriberStatus.Received);

    private static async Task<(DaprResult Result, StubHandler Handler)> ReportAsync(HttpStatusCode status, Exception? failure = null)
    {
        var handler = new StubHandler(status, failure);
        using var client = new HttpClient(handler);
        return (await new InvokeDeliveryStatusCallback(client, Issuer()).ReportAsync(Target, Update), handler);
    }

    private static KugelposTokenIssuer Issuer() =>
        new(Options.Create(new KugelposJwtOptions { Secret = ServiceTestHost.JwtSecret }), new FakeTimeProvider(ServiceTestHost.Start));

    [Fact]
    public async Task The_report_is_posted_to_the_publisher_app_in_the_original_field_names()
    {
        var (result, handler) = await ReportAsync(HttpStatusCode.OK);

        Assert.True(result.Success);
        var (uri, body, _) = Assert.Single(handler.Requests);
        Assert.Equal(new Uri("http://terminal/api/v1/terminals/T1-S1-3/delivery-status"), uri);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(Update.EventId, json.RootElement.GetProperty("event_id").GetString());
        Assert.Equal("report", json.RootElement.GetProperty("service").GetString());
        Assert.Equal("received", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_report_carries_a_service_token_of_the_subscriber_for_the_events_tenant()
    {
        var (_, handler) = await ReportAsync(HttpStatusCode.OK);

        var authorization = Assert.Single(handler.Requests).Authorization;
        Assert.Equal("Bearer", authorization?.Scheme);
        var token = new JsonWebToken(authorization!.Parameter);
        Assert.Equal("T1", token.GetClaim(KugelposClaims.TenantId).Value);
        Assert.Equal("report", token.GetClaim(KugelposClaims.Service).Value);
        Assert.Equal("service:report", token.Subject);
        Assert.Equal(ServiceTestHost.Start.UtcDateTime + KugelposTokenIssuer.ServiceTokenLifetime, token.ValidTo);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, DaprErrorKind.Transient)]
    [InlineData(HttpStatusCode.TooManyRequests, DaprErrorKind.Transient)]
    [InlineData(HttpStatusCode.NotFound, DaprErrorKind.Permanent)]
    [InlineData(HttpStatusCode.UnprocessableEntity, DaprErrorKind.Permanent)]
    public async Task A_refused_report_says_whether_trying_again_can_help(HttpStatusCode status, DaprErrorKind kind)
    {
        var (result, _) = await ReportAsync(status);

        Assert.Equal(kind, result.ErrorKind);
        Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_publisher_is_a_transient_failure() =>
        Assert.Equal(DaprErrorKind.Transient, (await ReportAsync(HttpStatusCode.OK, new HttpRequestException("refused"))).Result.ErrorKind);
}
