using Kugelpos.Cart.Abstractions.Plugins;

namespace Kugelpos.Cart.Tests.Plugins.Fixtures;

/// <summary>A plugin that answers a code of its own instead of the configured one.</summary>
public sealed class SelfNamedPlugin(SalesPluginArguments arguments) : ISalesPlugin
{
    public string Code => arguments is null ? string.Empty : "99";
}
