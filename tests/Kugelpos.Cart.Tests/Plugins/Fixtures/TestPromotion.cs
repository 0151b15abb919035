using Kugelpos.Cart.Abstractions.Plugins;

namespace Kugelpos.Cart.Tests.Plugins.Fixtures;

/// <summary>A plugin with no arguments, of any kind whose contract is <see cref="ISalesPlugin"/>.</summary>
public sealed class TestPromotion(SalesPluginArguments arguments) : ISalesPlugin
{
    public string Code { get; } = arguments?.Code ?? throw new ArgumentNullException(nameof(arguments));
}
