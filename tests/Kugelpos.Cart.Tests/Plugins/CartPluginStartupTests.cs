using Kugelpos.Cart.Abstractions.Plugins;
using Kugelpos.Cart.Plugins;
using Kugelpos.Cart.Plugins.Standard.Payments;
using Kugelpos.Cart.Plugins.Standard.Receipts;
using Kugelpos.Cart.Tests.Support;
using Kugelpos.ServiceDefaults.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static Kugelpos.Cart.Tests.Plugins.PluginFolder;

namespace Kugelpos.Cart.Tests.Plugins;

/// <summary>The plugins as the cart service loads them: when it starts, from its settings.</summary>
public class CartPluginStartupTests
{
    [Fact]
    public async Task The_shipped_configuration_loads_from_beside_the_program()
    {
        await using var service = await CartTestService.StartAsync();

        var registry = service.Services.GetRequiredService<SalesPluginRegistry>();

        Assert.Equal(SalesPluginKind.All, registry.Kinds);
        Assert.Equal(["01", "11", "12"], registry.All<IPaymentPlugin>(SalesPluginKind.Payment).Select(p => p.Code));
        Assert.Equal(["category"], registry.All<ISalesPromotionPlugin>(SalesPluginKind.SalesPromotion).Select(p => p.Code));
        Assert.IsType<CashPayment>(registry.Find<IPaymentPlugin>(SalesPluginKind.Payment, "01"));
        Assert.IsType<DefaultReceipt>(Assert.Single(registry.All<IReceiptDataPlugin>(SalesPluginKind.ReceiptData)));
        Assert.Equal(DefaultReceipt.StandardCode, registry.Find<IReceiptDataPlugin>(SalesPluginKind.ReceiptData, "default")?.Code);
    }

    [Fact]
    public async Task A_bad_entry_stops_the_service_naming_the_entry()
    {
        using var folder = new PluginFolder().With(
            Entry("sales_promotion", "category", typeof(Fixtures.TestPromotion)),
            Entry("payment", "31", "Acme.VoucherPayment", "acme/Acme.Pay.dll"));

        var error = await Assert.ThrowsAsync<StartupException>(() =>
            CartTestService.StartAsync(folder.Settings, configure: b => b.Services.AddCartPlugins()));

        Assert.Contains(
            $"plugins[1] (kind 'payment', code '31'): assembly file '{Path.Combine(folder.Options.Folder, "acme", "Acme.Pay.dll")}' does not exist",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_configuration_file_stops_the_service_naming_the_setting()
    {
        using var folder = new PluginFolder();

        var error = await Assert.ThrowsAsync<StartupException>(() =>
            CartTestService.StartAsync(folder.Settings, configure: b => b.Services.AddCartPlugins()));

        Assert.Contains($"{CartPluginOptions.FileKey} '{folder.Options.File}' does not exist", error.Message, StringComparison.Ordinal);
    }
}
