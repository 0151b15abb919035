using Kugelpos.Cart.Abstractions.Plugins;
using Kugelpos.Cart.Plugins;

namespace Kugelpos.Cart.Tests.Plugins.Fixtures;

/// <summary>
/// Kinds for the loader's tests, so they do not depend on what the cart's own kinds' contracts
/// require: one narrower than <see cref="ISalesPlugin"/>, one that is just a sales plugin.
/// </summary>
internal static class TestKinds
{
    public static readonly SalesPluginKind Payment = new("payment", typeof(ITestPayment));

    public static readonly SalesPluginKind Promotion = new("sales_promotion", typeof(ISalesPlugin));

    public static readonly IReadOnlyList<SalesPluginKind> All = [Payment, Promotion];
}
