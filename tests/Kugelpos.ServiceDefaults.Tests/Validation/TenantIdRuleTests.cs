using Kugelpos.DocumentStore;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.ServiceDefaults.Tests.Validation;

public class TenantIdRuleTests
{
    [Theory]
    [InlineData("A1234")]
    [InlineData("SHOP_1")]
    [InlineData("t9900")]
    [InlineData("TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT")]
    public void Letters_digits_and_underscores_up_to_32_make_a_tenant_id(string value)
    {
        Assert.True(TenantId.IsValid(value));
        Assert.Equal(value, TenantId.Parse(value).Value);
        Assert.True(new TenantIdAttribute().IsValid(value));
    }

    [Theory]
    [InlineData("T-1")]
    [InlineData("../T1")]
    [InlineData("T.1")]
    [InlineData("T 1")]
    [InlineData(" ")]
    [InlineData("TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT")]
    public void Anything_else_is_refused_by_the_type_the_store_and_the_request_rule_alike(string value)
    {
        Assert.False(TenantId.TryParse(value, out _));
        Assert.Contains("tenant_id", Assert.Throws<ArgumentException>(() => DocumentNames.DatabaseName("db_cart", value)).Message, StringComparison.Ordinal);
        Assert.False(new TenantIdAttribute().IsValid(value));
    }
}
