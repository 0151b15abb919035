using Kugelpos.Cart.Abstractions.Plugins;

namespace Kugelpos.Cart.Tests.Plugins.Fixtures;

/// <summary>A plugin contract implemented by a class that cannot be made.</summary>
public abstract class AbstractPlugin : ISalesPlugin
{
    public abstract string Code { get; }
}
