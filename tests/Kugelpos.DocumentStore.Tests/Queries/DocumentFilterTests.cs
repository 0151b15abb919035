using Kugelpos.DocumentStore.Queries;

namespace Kugelpos.DocumentStore.Tests.Queries;

public sealed class DocumentFilterTests
{
    [Theory]
    [InlineData("")]
    [InlineData("a..b")]
    [InlineData(".a")]
    [InlineData("$where")]
    [InlineData("a.$b")]
    [InlineData("items[0]")]
    [InlineData("a b")]
    [InlineData("1st")]
    [InlineData("a.b.c.d.e.f.g.h.i")]
    public void Bad_field_paths_are_refused(string path)
    {
        var error = Assert.Throws<ArgumentException>(() => DocumentFilter.Eq(path, 1));

        Assert.Equal("field", error.ParamName);
    }

    [Fact]
    public void Unsupported_value_types_are_refused_with_the_type_named()
    {
        var error = Assert.Throws<ArgumentException>(() => DocumentFilter.Eq("code", new object()));

        Assert.Contains("Object", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => DocumentFilter.In("code", new[] { new Uri("http://localhost") }));
    }

    [Fact]
    public void Range_comparisons_need_a_value()
    {
        Assert.Throws<ArgumentException>(() => DocumentFilter.Gt("price", null!));
        Assert.Throws<ArgumentException>(() => DocumentFilter.Lte("price", null!));
    }

    [Fact]
    public void And_needs_at_least_one_filter_and_no_nulls()
    {
        Assert.Throws<ArgumentException>(() => DocumentFilter.And());
        Assert.Throws<ArgumentException>(() => DocumentFilter.And(DocumentFilter.Eq("a", 1), null!));
        Assert.Throws<ArgumentNullException>(() => DocumentFilter.In<int>("a", null!));
    }

    [Theory]
    [InlineData("Id", "id")]
    [InlineData("_id", "id")]
    [InlineData("StoreCode", "storeCode")]
    [InlineData("Detail.Category", "detail.category")]
    [InlineData("lineItems.itemCode", "lineItems.itemCode")]
    public void Paths_accept_property_names_and_their_camelCase_form(string path, string expected)
    {
        Assert.Equal(expected, SortKey.Ascending(path).Field);
    }
}
