using Kugelpos.Cart.Abstractions.Plugins;

namespace Kugelpos.Cart.Tests.Plugins.Fixtures;

/// <summary>A plugin with a required argument.</summary>
public sealed class LabelledPromotion(SalesPluginArguments arguments) : ISalesPlugin
{
    public string Code { get; } = arguments?.Code ?? throw new ArgumentNullException(nameof(arguments));

    public string Label { get; } = arguments.GetString("label");
}
