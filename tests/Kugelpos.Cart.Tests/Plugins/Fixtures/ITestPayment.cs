using Kugelpos.Cart.Abstractions.Plugins;

namespace Kugelpos.Cart.Tests.Plugins.Fixtures;

/// <summary>A kind's contract narrower than <see cref="ISalesPlugin"/>, as the payment contract is.</summary>
public interface ITestPayment : ISalesPlugin
{
    /// <summary>The most it accepts.</summary>
    decimal Limit { get; }
}
