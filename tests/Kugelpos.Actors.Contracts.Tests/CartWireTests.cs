using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Dapr.Actors.Client;
using Kugelpos.Actors.Contracts.Carts;
using Kugelpos.Cart.Abstractions;

namespace Kugelpos.Actors.Contracts.Tests;

public class CartWireTests
{
    [Fact]
    public void The_cart_client_has_a_call_for_every_method_of_the_cart_actor()
    {
        var calls = typeof(CartActorClient).GetMethods(BindingFlags.Public | BindingFlags.Instance).Select(m => m.Name).ToHashSet();

        Assert.All(typeof(ICartActor).GetMethods(), method => Assert.Contains(method.Name, calls));
    }

    [Fact]
    public async Task Bill_is_a_json_call_of_the_actors_BillAsync_and_its_reply_comes_back_whole()
    {
        var cart = Cart() with { State = CartState.Completed, TransactionNo = 7, ReceiptNo = 1007 };
        var sidecar = new RecordingSidecar(JsonSerializer.Serialize(new CartReply { Cart = cart }, WireRoundTrip.RuntimeJson));
        var client = new CartActorClient(new ActorProxyFactory(new ActorProxyOptions { HttpEndpoint = "http://sidecar.test" }, sidecar));

        var reply = await client.BillAsync("cart-7");

        Assert.Equal((HttpMethod.Put, "/v1.0/actors/CartActor/cart-7/method/BillAsync"), (sidecar.Method, sidecar.Path));
        Assert.Equal((CartState.Completed, 7, 1007), (reply.Cart?.State, reply.Cart?.TransactionNo, reply.Cart?.ReceiptNo));
    }

    [Fact]
    public void A_cart_with_its_log_pending_keeps_it_on_json_and_a_cart_without_writes_none()
    {
        var pending = new CartPendingLog { Kind = CartLogKind.Cancel, EventId = Guid.NewGuid() };

        var back = WireRoundTrip.ThroughJson(new CartReply { Cart = Cart() with { PendingLog = pending } });

        Assert.Equal(pending, back.Cart?.PendingLog);
        Assert.Contains("\"kind\":\"Cancel\"", JsonSerializer.Serialize(pending, WireRoundTrip.RuntimeJson), StringComparison.Ordinal);
        Assert.DoesNotContain("pending_log", JsonSerializer.Serialize(Cart(), WireRoundTrip.RuntimeJson), StringComparison.Ordinal);
    }

    private static CartDocument Cart() => new() { CartId = "cart-7", TenantId = "T9999", StoreCode = "5678", TerminalNo = 9, State = CartState.Paying };

    private sealed class RecordingSidecar(string reply) : HttpMessageHandler
    {
        public HttpMethod? Method { get; private set; }

        public string? Path { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            (Method, Path) = (request.Method, request.RequestUri?.AbsolutePath);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(reply, Encoding.UTF8, "application/json") });
        }
    }
}
