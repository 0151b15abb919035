using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Outbox;
using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.Sidecar;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kugelpos.Dapr.Tests.Outbox;

/// <summary>
/// A subscriber's delivery-status report through the real sidecars: the subscriber's sidecar
/// invokes the publisher (app id <c>terminal</c>) in the same cluster, and the publisher's endpoint
/// takes the report only with a valid Kugelpos service token.
/// </summary>
public sealed class DeliveryStatusCallbackEndToEndTests : IAsyncLifetime
{
    private readonly SidecarCluster _cluster = new(TimeProvider.System, NullLoggerFactory.Instance);
    private readonly DeliveryStatusInbox _inbox = new();
    private ServiceTestHost _publisher = null!;
    private ServiceTestHost _subscriber = null!;

    public async Task InitializeAsync()
    {
        _publisher = await DeliveryStatusPublisher.StartAsync(_inbox, new TestSidecar(DeliveryStatusTarget.TerminalAppId) { Cluster = _cluster });
        _subscriber = await ServiceTestHost.StartAsync(
            builder =>
            {
                builder.AddServiceDefaults("subscriber");
                builder.AddKugelposJwt();
                builder.Services.AddKugelposDeliveryStatusCallback();
            },
            app => app.MapServiceDefaults(),
            sidecar: new TestSidecar("report") { Cluster = _cluster });
    }

    public async Task DisposeAsync()
    {
        await _subscriber.DisposeAsync();
        await _publisher.DisposeAsync();
        await _cluster.DisposeAsync();
    }

    private static CashInOutLog Cashlog() => new() { EventId = Guid.NewGuid(), TenantId = "T1", StoreCode = "S1", TerminalNo = 2, Amount = 5m };

    [Fact]
    public async Task The_publisher_receives_the_report_with_a_service_token_of_the_subscriber_for_the_events_tenant()
    {
        var evt = Cashlog();
        var callback = _subscriber.Services.GetRequiredService<IDeliveryStatusCallback>();

        var result = await callback.ReportAsync(DeliveryStatusTarget.For(evt)!, new DeliveryStatusUpdate(evt.EventId.ToString(), "report", SubscriberStatus.Received));

        Assert.True(result.Success, result.Message);
        Assert.Equal(
            new ReceivedStatus("/api/v1/terminals/T1-S1-2/delivery-status", new DeliveryStatusUpdate(evt.EventId.ToString(), "report", "received"), "T1", "report"),
            Assert.Single(_inbox.Received));
    }

    [Fact]
    public async Task A_report_without_a_token_is_refused()
    {
        using var response = await _publisher.Client.PostAsJsonAsync(
            new Uri("/api/v1/terminals/T1-S1-2/delivery-status", UriKind.Relative), Update());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_inbox.Received);
    }

    [Fact]
    public async Task A_report_with_a_token_signed_by_another_secret_is_refused()
    {
        var forger = new KugelposTokenIssuer(
            Options.Create(new KugelposJwtOptions { Secret = "not-the-kugelpos-secret-but-just-as-long-as-it" }), _publisher.Time);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/terminals/T1-S1-2/delivery-status", UriKind.Relative))
        {
            Content = JsonContent.Create(Update()),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", forger.IssueServiceToken("report", "T1"));

        using var response = await _publisher.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_inbox.Received);
    }

    private static DeliveryStatusUpdate Update() => new(Guid.NewGuid().ToString(), "report", SubscriberStatus.Received);
}
