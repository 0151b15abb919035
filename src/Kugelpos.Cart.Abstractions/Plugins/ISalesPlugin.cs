namespace Kugelpos.Cart.Abstractions.Plugins;

/// <summary>
/// What every sales plugin is: one entry of the plugin configuration (a payment method, a sales
/// promotion or a receipt layout), loaded into the cart actor when the cart service starts. The
/// kinds of plugin extend this contract; the loader checks a configured type against it. A plugin is
/// made through its public constructor taking <see cref="SalesPluginArguments"/> (see there), once
/// per process, and serves every cart.
/// </summary>
public interface ISalesPlugin
{
    /// <summary>
    /// The code the configuration gives the entry: the payment code for a payment ("01"), a name
    /// for a promotion or a receipt layout ("category", "default"): <see cref="SalesPluginArguments.Code"/>.
    /// </summary>
    string Code { get; }
}
