using Dapr.Actors;
using Dapr.Actors.Client;
using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Terminal.Tests.Support;

namespace Kugelpos.Terminal.Tests.Terminals;

public sealed class TransactionNumberRaceTests(TerminalSystem system) : IClassFixture<TerminalSystem>
{
    [Fact]
    public async Task Many_bills_racing_through_the_actor_runtime_never_share_a_number()
    {
        const int Bills = 60;
        var tenant = system.NewTenant();
        var (terminalId, _) = await system.CreateTerminalAsync(tenant);
        await system.OperateAsync(terminalId, "sign-in", system.UserToken(tenant), new { staffId = "S001" });
        await system.OperateAsync(terminalId, "open", system.UserToken(tenant));

        // As the cart calls it: through its own proxies, over the sidecar, all at once.
        var range = new TransactionNumbersRequest { ReceiptRange = new() { Start = 1, End = 9999 } };
        var replies = await Task.WhenAll(Enumerable.Range(0, Bills).Select(_ =>
            new ActorProxyFactory(new ActorProxyOptions { HttpEndpoint = system.Service.Sidecar!.HttpEndpoint.ToString().TrimEnd('/') })
                .CreateActorProxy<ITerminalActor>(new ActorId(terminalId), TerminalActorType.Name)
                .NextTransactionNumbersAsync(range)));

        var numbers = replies.Select(r => Assert.IsType<TransactionNumbers>(r.Numbers)).ToList();
        Assert.Equal(Enumerable.Range(1, Bills), numbers.Select(n => n.TransactionNo).Order());
        Assert.Equal(Bills, numbers.Select(n => n.ReceiptNo).Distinct().Count());
    }
}
