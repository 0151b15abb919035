using Kugelpos.DocumentStore.Indexing;
using Kugelpos.DocumentStore.Queries;

namespace Kugelpos.DocumentStore.Tests.Queries;

public sealed class IndexNamesTests
{
    [Fact]
    public void Names_fit_LiteDB_limits_even_for_long_fields()
    {
        var name = IndexNames.Unique([Path("aVeryLongFieldNameIndeed"), Path("anotherQuiteLongFieldName")]);

        Assert.True(name.Length <= 32, name);
        Assert.Matches("^ux_[A-Za-z0-9_]+$", name);
    }

    [Fact]
    public void Different_definitions_get_different_names()
    {
        var nested = IndexNames.Unique([Path("a.b")]);
        var pair = IndexNames.Unique([Path("a"), Path("b")]);
        var underscored = IndexNames.Unique([Path("a_b")]);

        Assert.Equal(3, new[] { nested, pair, underscored }.Distinct().Count());
        Assert.Equal(nested, IndexNames.Unique([Path("A.B")]));
    }

    private static FieldPath Path(string path) => FieldPath.Parse(path, nameof(path));
}
