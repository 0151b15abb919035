using Dapr.Actors;
using Dapr.Actors.Client;
using Kugelpos.Actors.Contracts.Terminals;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Cart.Tests.Support;

/// <summary>Terminals made at the real terminal actor a test's cart service hosts beside its own actors.</summary>
internal static class TestTerminals
{
    /// <summary>The terminal actor of <paramref name="terminalId"/>.</summary>
    public static ITerminalActor Terminal(this ServiceTestHost service, string terminalId) =>
        service.Services.GetRequiredService<IActorProxyFactory>().CreateActorProxy<ITerminalActor>(new ActorId(terminalId), TerminalActorType.Name);

    /// <summary>Terminal <c>{tenant}-S01-{no}</c>, created; Alice signed in and the terminal opened, unless told otherwise.</summary>
    public static async Task<string> CreateTerminalAsync(this ServiceTestHost service, string tenant, int terminalNo = 1, bool signIn = true, bool open = true)
    {
        var id = $"{tenant}-S01-{terminalNo}";
        var terminal = service.Terminal(id);
        var created = await terminal.CreateAsync(new CreateTerminalRequest
        {
            TenantId = tenant, StoreCode = "S01", TerminalNo = terminalNo, Description = "Front till", ApiKeyHash = "hash", ProtectedApiKey = "protected",
        });
        Assert.Null(created.Refusal);
        if (signIn)
        {
            Assert.Null((await terminal.SignInAsync(new SignInRequest { StaffId = "S001", StaffName = "Alice" })).Refusal);
        }

        if (open)
        {
            Assert.Null((await terminal.OpenAsync(new OpenTerminalRequest { InitialAmount = 0m })).Refusal);
        }

        return id;
    }
}
