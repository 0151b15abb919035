using Kugelpos.Cart.Abstractions.Plugins;
using Kugelpos.Cart.Plugins;
using Kugelpos.Cart.Tests.Plugins.Fixtures;
using static Kugelpos.Cart.Tests.Plugins.PluginFolder;

namespace Kugelpos.Cart.Tests.Plugins;

public class SalesPluginLoaderTests
{
    [Fact]
    public void A_plugin_from_an_assembly_shipped_with_the_service_is_made_with_its_code_and_typed_arguments()
    {
        using var folder = new PluginFolder().With(Entry("payment", "11", typeof(TestPayment), arguments: new()
        {
            ["limit"] = 0.10m,
            ["slips"] = "2",
            ["drawer"] = true,
            ["label"] = "カード",
        }));

        var registry = SalesPluginLoader.Load(folder.Options, TestKinds.All);

        var payment = Assert.IsType<TestPayment>(registry.Find<ITestPayment>(TestKinds.Payment, "11"));
        Assert.Equal(("11", 0.10m, 2, true, "カード"), (payment.Code, payment.Limit, payment.Slips, payment.Drawer, payment.Label));
    }

    [Fact]
    public void Plugins_of_a_kind_keep_the_configuration_order()
    {
        using var folder = new PluginFolder().With(
            Entry("sales_promotion", "category", typeof(TestPromotion)),
            Entry("payment", "01", typeof(TestPayment)),
            Entry("sales_promotion", "bundle", typeof(TestPromotion)),
            Entry("sales_promotion", "coupon", typeof(TestPromotion)));

        var registry = SalesPluginLoader.Load(folder.Options, TestKinds.All);

        Assert.Equal(["category", "bundle", "coupon"], registry.All<ISalesPlugin>(TestKinds.Promotion).Select(p => p.Code));
        Assert.Equal(["01"], registry.All<ITestPayment>(TestKinds.Payment).Select(p => p.Code));
    }

    [Fact]
    public void The_same_code_in_two_kinds_is_two_plugins()
    {
        using var folder = new PluginFolder().With(
            Entry("payment", "default", typeof(TestPayment)),
            Entry("sales_promotion", "default", typeof(TestPromotion)));

        var registry = SalesPluginLoader.Load(folder.Options, TestKinds.All);

        Assert.IsType<TestPayment>(registry.Find<ISalesPlugin>(TestKinds.Payment, "default"));
        Assert.IsType<TestPromotion>(registry.Find<ISalesPlugin>(TestKinds.Promotion, "default"));
    }

    [Fact]
    public void An_unknown_code_finds_no_plugin()
    {
        using var folder = new PluginFolder().With(Entry("payment", "01", typeof(TestPayment)));

        var registry = SalesPluginLoader.Load(folder.Options, TestKinds.All);

        Assert.Null(registry.Find<ITestPayment>(TestKinds.Payment, "12"));
        Assert.Empty(registry.All<ISalesPlugin>(TestKinds.Promotion));
    }

    [Fact]
    public void Asking_for_a_kind_as_a_contract_it_does_not_guarantee_is_refused()
    {
        using var folder = new PluginFolder().With(Entry("sales_promotion", "category", typeof(TestPromotion)));
        var registry = SalesPluginLoader.Load(folder.Options, TestKinds.All);

        var error = Assert.Throws<InvalidOperationException>(() => registry.All<ITestPayment>(TestKinds.Promotion));

        Assert.Contains("'sales_promotion'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_configuration_may_carry_comments_and_trailing_commas()
    {
        using var folder = new PluginFolder().WithText($$"""
            // edited by hand
            { "plugins": [ { "kind": "payment", "code": "01", "assembly": "{{TestAssembly}}", "type": "{{typeof(TestPayment).FullName}}", }, ] }
            """);

        var registry = SalesPluginLoader.Load(folder.Options, TestKinds.All);

        Assert.NotNull(registry.Find<ITestPayment>(TestKinds.Payment, "01"));
    }

    [Fact]
    public void Each_kind_of_the_cart_has_a_contract_that_is_a_sales_plugin()
    {
        Assert.Equal(["payment", "sales_promotion", "receipt_data"], SalesPluginKind.All.Select(kind => kind.Name));
        Assert.All(SalesPluginKind.All, kind => Assert.True(typeof(ISalesPlugin).IsAssignableFrom(kind.Contract), kind.Name));
    }
}
