using Kugelpos.Cart.Abstractions.Plugins;

namespace Kugelpos.Cart.Tests.Plugins.Fixtures;

/// <summary>A plugin without the constructor taking <see cref="SalesPluginArguments"/>.</summary>
public sealed class ParameterlessPlugin : ISalesPlugin
{
    public string Code { get; } = "01";
}
