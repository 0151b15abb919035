using Kugelpos.Cart.Abstractions.Plugins;

namespace Kugelpos.Cart.SamplePlugin;

/// <summary>
/// A retailer's gift voucher, paid like cash under its own payment code. For now only a sales plugin:
/// it becomes a payment by implementing the payment contract beside <see cref="ISalesPlugin"/>.
/// </summary>
public sealed class VoucherPayment : ISalesPlugin
{
    /// <summary>Made by the cart service from the plugin configuration.</summary>
    /// <param name="arguments">
    /// The entry's code, its <c>label</c> (the name printed on receipts) and its <c>batch</c>: the ULID
    /// the voucher printer gave this batch of vouchers.
    /// </param>
    public VoucherPayment(SalesPluginArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Code = arguments.Code;
        Label = arguments.GetString("label");

        // The plugin's own library (Ulid), which Kugelpos does not ship: the load context finds it beside the plugin.
        BatchIssuedAt = Ulid.Parse(arguments.GetString("batch"), System.Globalization.CultureInfo.InvariantCulture).Time;
    }

    /// <inheritdoc />
    public string Code { get; }

    /// <summary>The name printed on receipts.</summary>
    public string Label { get; }

    /// <summary>When the voucher batch was issued, read from its ULID.</summary>
    public DateTimeOffset BatchIssuedAt { get; }
}
