using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.ServiceDefaults.Tests.Validation;

public class TextListRuleTests
{
    private static readonly TextListAttribute Tags = new() { MaxCount = 2, MaxLength = 5 };

    [Fact]
    public void A_list_within_its_limits_passes_and_a_missing_one_passes_unless_required()
    {
        Assert.True(Tags.IsValid(new[] { "a", "bcdef" }));
        Assert.True(Tags.IsValid(null));
        Assert.False(new TextListAttribute { AllowNull = false }.IsValid(null));
    }

    [Theory]
    [InlineData("a", "b", "c")]
    [InlineData("toolong")]
    [InlineData("a\u0007")]
    [InlineData(" ")]
    public void Too_many_too_long_controlled_or_blank_entries_fail(params string[] texts)
    {
        Assert.False(Tags.IsValid(texts));
    }

    [Fact]
    public void Blank_entries_pass_only_where_allowed_and_null_entries_never()
    {
        var descriptions = new TextListAttribute { AllowBlankEntries = true };

        Assert.True(descriptions.IsValid(new[] { string.Empty, " " }));
        Assert.False(descriptions.IsValid(new string?[] { null }));
    }
}
