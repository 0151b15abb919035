using Kugelpos.Cart.Abstractions.Plugins;

namespace Kugelpos.Cart.Tests.Plugins.Fixtures;

/// <summary>A plugin whose constructor fails for a reason of its own.</summary>
public sealed class ThrowingPlugin : ISalesPlugin
{
    public ThrowingPlugin(SalesPluginArguments arguments) =>
        throw new InvalidOperationException($"no terminal for {arguments?.Code}");

    public string Code => "never";
}
