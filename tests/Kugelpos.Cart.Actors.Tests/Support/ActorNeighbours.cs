using System.Net;
using System.Text;
using System.Text.Json;
using Dapr.Actors;
using Dapr.Actors.Client;
using Dapr.Actors.Runtime;
using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.Cart.Actors.Carts;
using Kugelpos.Cart.Actors.Tests.Transactions;
using Kugelpos.Cart.Actors.Transactions;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Dapr;
using Kugelpos.Dapr.Outbox;
using Kugelpos.Testing.Actors;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Kugelpos.Cart.Actors.Tests.Support;

/// <summary>
/// What an actor under test calls through its proxy factory: a <see cref="FakeTerminal"/>, and real
/// transaction actors over in-memory stores, reached by the JSON actor calls of
/// <see cref="TransactionActorClient"/> as a sidecar would carry them. A record can be made to fail
/// before it reaches the actor, or after the actor stored it (its answer lost).
/// </summary>
internal sealed class ActorNeighbours : HttpMessageHandler
{
    private static readonly JsonSerializerOptions WireJson = new(JsonSerializerDefaults.Web);
    private readonly FakeTimeProvider _time;
    private readonly InMemoryActorStateStore _state;
    private readonly Mock<ActorTimerManager> _reminders = new();
    private readonly Mock<IActorProxyFactory> _proxies = new(MockBehavior.Strict);

    public ActorNeighbours(FakeTimeProvider time, InMemoryActorStateStore state)
    {
        _time = time;
        _state = state;
        _proxies.Setup(p => p.CreateActorProxy<ITerminalActor>(It.IsAny<ActorId>(), TerminalActorType.Name, It.IsAny<ActorProxyOptions>()))
            .Returns((ActorId id, string _, ActorProxyOptions _) =>
            {
                TerminalIds.Add(id.GetId());
                return Terminal.Actor;
            });
        _proxies.Setup(p => p.Create(It.IsAny<ActorId>(), TransactionActorType.Name, It.IsAny<ActorProxyOptions>()))
            .Returns((ActorId id, string type, ActorProxyOptions _) =>
                new ActorProxyFactory(new ActorProxyOptions { HttpEndpoint = "http://sidecar.test" }, this).Create(id, type));
    }

    public FakeTerminal Terminal { get; } = new();

    /// <summary>The terminal actor ids asked for numbers.</summary>
    public List<string> TerminalIds { get; } = [];

    public InMemoryTransactionStore Transactions { get; } = new();

    /// <summary>The receipt plugin the transaction actors render with.</summary>
    public ICartPlugins? Plugins { get; set; }

    /// <summary>The next record fails before it reaches the transaction actor.</summary>
    public bool FailNextRecord { get; set; }

    /// <summary>The next record is stored, then its answer is lost.</summary>
    public bool LoseNextRecordAnswer { get; set; }

    public IActorProxyFactory Proxies => _proxies.Object;

    /// <summary>A new instance of the transaction actor <paramref name="key"/>, as an activation gets.</summary>
    public TransactionActor TransactionActor(TransactionKey key)
    {
        var host = Host(key);
        return new TransactionActor(host, Transactions, _time, Outboxes(), Plugins, _state.ManagerFor(host));
    }

    /// <summary>The outbox of the transaction actor <paramref name="key"/>.</summary>
    public ActorOutbox Outbox(TransactionKey key)
    {
        var host = Host(key);
        return Outboxes().Create(host, _state.ManagerFor(host));
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // {endpoint}/v1.0/actors/{type}/{id}/method/{method}
        var path = request.RequestUri!.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (path is not [_, "actors", TransactionActorType.Name, var id, "method", nameof(ITransactionActor.RecordAsync)])
        {
            throw new NotSupportedException($"No fake for the actor call {request.RequestUri}.");
        }

        if (FailNextRecord)
        {
            FailNextRecord = false;
            throw new HttpRequestException("The transaction actor could not be reached.");
        }

        var log = JsonSerializer.Deserialize<TransactionLog>(await request.Content!.ReadAsStringAsync(cancellationToken), WireJson)!;
        var key = TransactionKey.FromActorId(Uri.UnescapeDataString(id))!;
        var reply = await TransactionActor(key).RecordAsync(log);
        if (LoseNextRecordAnswer)
        {
            LoseNextRecordAnswer = false;
            throw new HttpRequestException("The transaction actor's answer was lost.");
        }

        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(JsonSerializer.Serialize(reply, WireJson), Encoding.UTF8, "application/json"),
        };
    }

    private ActorHost Host(TransactionKey key) =>
        ActorHost.CreateForTest<TransactionActor>(new ActorTestOptions
        {
            ActorId = new ActorId(key.ActorId),
            TimerManager = _reminders.Object,
            ProxyFactory = Proxies,
        });

    private ActorOutboxFactory Outboxes() =>
        new(new Mock<IDaprClientHelper>(MockBehavior.Strict).Object, Options.Create(new OutboxOptions()), _time);
}
