using Kugelpos.Cart.Plugins;
using Kugelpos.Cart.Tests.Plugins.Fixtures;
using Microsoft.Extensions.Options;
using static Kugelpos.Cart.Tests.Plugins.PluginFolder;

namespace Kugelpos.Cart.Tests.Plugins;

public class BadPluginEntryTests
{
    [Fact]
    public void An_unknown_kind_is_named_with_the_kinds_there_are()
    {
        var problem = SoleProblem(new PluginFolder().With(
            Entry("payment", "01", typeof(TestPayment)),
            Entry("paymnt", "11", typeof(TestPayment))));

        Assert.Contains("plugins[1] (kind 'paymnt', code '11'): kind 'paymnt' is unknown (the kinds are payment, sales_promotion)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_assembly_file_is_named_with_its_full_path()
    {
        using var folder = new PluginFolder();
        var problem = SoleProblem(folder.With(Entry("payment", "31", typeof(TestPayment), assembly: "acme/Acme.Pay.dll")));

        Assert.Contains(
            $"plugins[0] (kind 'payment', code '31'): assembly file '{Path.Combine(folder.Options.Folder, "acme", "Acme.Pay.dll")}' does not exist",
            problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assembly_name_the_service_does_not_ship_is_refused()
    {
        var problem = SoleProblem(new PluginFolder().With(Entry("payment", "31", typeof(TestPayment), assembly: "Acme.Pay")));

        Assert.Contains("plugins[0] (kind 'payment', code '31'): assembly 'Acme.Pay' does not ship with the cart service", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_refused()
    {
        using var folder = new PluginFolder();
        File.WriteAllText(Path.Combine(folder.Options.Folder, "notes.dll"), "not an assembly");

        var problem = SoleProblem(folder.With(Entry("payment", "31", typeof(TestPayment), assembly: "notes.dll")));

        Assert.Contains("plugins[0] (kind 'payment', code '31'): assembly file ", problem, StringComparison.Ordinal);
        Assert.Contains("notes.dll' cannot be loaded", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_not_in_the_assembly_is_named()
    {
        var problem = SoleProblem(new PluginFolder().With(
            Entry("payment", "01", "Kugelpos.Cart.Tests.Plugins.Fixtures.CashPaymnt", TestAssembly)));

        Assert.Contains(
            $"plugins[0] (kind 'payment', code '01'): type 'Kugelpos.Cart.Tests.Plugins.Fixtures.CashPaymnt' was not found in assembly '{TestAssembly}'",
            problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_that_is_no_plugin_names_the_contract_of_the_kind()
    {
        var problem = SoleProblem(new PluginFolder().With(Entry("payment", "01", typeof(NotAPlugin))));

        Assert.Contains(
            $"plugins[0] (kind 'payment', code '01'): type '{typeof(NotAPlugin).FullName}' does not implement {typeof(ITestPayment).FullName}, the contract of kind 'payment'",
            problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_of_another_kind_does_not_implement_the_contract_of_this_one()
    {
        var problem = SoleProblem(new PluginFolder().With(Entry("payment", "01", typeof(TestPromotion))));

        Assert.Contains($"type '{typeof(TestPromotion).FullName}' does not implement {typeof(ITestPayment).FullName}", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_abstract_type_cannot_be_made()
    {
        var problem = SoleProblem(new PluginFolder().With(Entry("sales_promotion", "category", typeof(AbstractPlugin))));

        Assert.Contains(
            $"plugins[0] (kind 'sales_promotion', code 'category'): type '{typeof(AbstractPlugin).FullName}' is not a public, non-abstract, non-generic class",
            problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_without_the_arguments_constructor_is_refused()
    {
        var problem = SoleProblem(new PluginFolder().With(Entry("sales_promotion", "01", typeof(ParameterlessPlugin))));

        Assert.Contains(
            $"plugins[0] (kind 'sales_promotion', code '01'): type '{typeof(ParameterlessPlugin).FullName}' has no public constructor taking SalesPluginArguments",
            problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_argument_is_named()
    {
        var problem = SoleProblem(new PluginFolder().With(
            Entry("payment", "11", typeof(TestPayment), arguments: new() { ["slips"] = "two" })));

        Assert.Contains("plugins[0] (kind 'payment', code '11'): argument 'slips' must be a whole number, not 'two'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_argument_is_named()
    {
        var problem = SoleProblem(new PluginFolder().With(
            Entry("sales_promotion", "voucher", typeof(LabelledPromotion))));

        Assert.Contains("plugins[0] (kind 'sales_promotion', code 'voucher'): argument 'label' is missing", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_argument_the_plugin_does_not_read_is_named_as_misspelt()
    {
        var problem = SoleProblem(new PluginFolder().With(
            Entry("payment", "11", typeof(TestPayment), arguments: new() { ["limt"] = 5 })));

        Assert.Contains($"plugins[0] (kind 'payment', code '11'): argument 'limt' is not read by '{typeof(TestPayment).FullName}'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_unread_arguments_are_named_together()
    {
        var problem = SoleProblem(new PluginFolder().With(
            Entry("payment", "11", typeof(TestPayment), arguments: new() { ["limt"] = 5, ["slip"] = 2 })));

        Assert.Contains("arguments 'limt', 'slip' are not read by", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_argument_that_is_a_list_is_refused()
    {
        var problem = SoleProblem(new PluginFolder().With(
            Entry("payment", "11", typeof(TestPayment), arguments: new() { ["limit"] = new[] { 1, 2 } })));

        Assert.Contains("plugins[0] (kind 'payment', code '11'): argument 'limit' must be a string, a number or true/false", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_taken_twice_within_a_kind_names_both_entries()
    {
        var problem = SoleProblem(new PluginFolder().With(
            Entry("payment", "01", typeof(TestPayment)),
            Entry("sales_promotion", "01", typeof(TestPromotion)),
            Entry("payment", "01", typeof(TestPayment))));

        Assert.Contains("plugins[2] (kind 'payment', code '01'): code '01' is already taken by plugins[0] (kind 'payment', code '01')", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_constructor_that_throws_is_reported_with_its_reason()
    {
        var problem = SoleProblem(new PluginFolder().With(Entry("sales_promotion", "drawer", typeof(ThrowingPlugin))));

        Assert.Contains(
            $"plugins[0] (kind 'sales_promotion', code 'drawer'): the constructor of '{typeof(ThrowingPlugin).FullName}' failed: InvalidOperationException: no terminal for drawer",
            problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_answering_another_code_than_configured_is_refused()
    {
        var problem = SoleProblem(new PluginFolder().With(Entry("sales_promotion", "12", typeof(SelfNamedPlugin))));

        Assert.Contains($"plugins[0] (kind 'sales_promotion', code '12'): '{typeof(SelfNamedPlugin).FullName}' answers code '99', not the configured '12'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_fields_and_unknown_fields_are_named()
    {
        var problem = SoleProblem(new PluginFolder().WithText("""{ "plugins": [ { "kind": "payment", "class": "Cash", "args": [] } ] }"""));

        Assert.Contains("plugins[0] (kind 'payment', code missing): code is missing; assembly is missing; type is missing; field 'class' is unknown", problem, StringComparison.Ordinal);
        Assert.Contains("field 'args' is unknown", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_of_the_wrong_json_type_is_named()
    {
        var problem = SoleProblem(new PluginFolder().WithText(
            $$"""{ "plugins": [ { "kind": "payment", "code": 1, "assembly": "{{TestAssembly}}", "type": "{{typeof(TestPayment).FullName}}" } ] }"""));

        Assert.Contains("plugins[0] (kind 'payment', code missing): code must be a non-empty string", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_that_is_not_an_object_is_named_by_its_index()
    {
        var problem = SoleProblem(new PluginFolder().WithText("""{ "plugins": [ "cash" ] }"""));

        Assert.Contains("plugins[0] (kind missing, code missing): an entry must be an object", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_names_the_file()
    {
        using var folder = new PluginFolder();
        var problem = SoleProblem(folder.WithText("""{ "plugins": [ { "kind": "payment" """));

        Assert.Contains($"the plugin configuration '{folder.Options.File}' cannot be read", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configuration_without_a_plugins_list_is_refused()
    {
        var problem = SoleProblem(new PluginFolder().WithText("""{ "payment_strategies": [] }"""));

        Assert.Contains("must be an object with a \"plugins\" list", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_entry_is_reported_at_once_and_names_the_file()
    {
        using var folder = new PluginFolder().With(
            Entry("payment", "01", typeof(NotAPlugin)),
            Entry("payment", "11", typeof(TestPayment)),
            Entry("receipt", "default", typeof(TestPromotion)));

        var error = Assert.Throws<OptionsValidationException>(() => SalesPluginLoader.Load(folder.Options, TestKinds.All));

        Assert.Equal(2, error.Failures.Count());
        Assert.All(error.Failures, failure => Assert.StartsWith($"Cart plugin configuration '{folder.Options.File}', plugins[", failure, StringComparison.Ordinal));
        Assert.Contains("plugins[0] (kind 'payment', code '01')", error.Message, StringComparison.Ordinal);
        Assert.Contains("plugins[2] (kind 'receipt', code 'default')", error.Message, StringComparison.Ordinal);
    }

    private static string SoleProblem(PluginFolder folder)
    {
        using (folder)
        {
            var error = Assert.Throws<OptionsValidationException>(() => SalesPluginLoader.Load(folder.Options, TestKinds.All));
            return Assert.Single(error.Failures);
        }
    }
}
