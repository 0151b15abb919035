using System.Globalization;
using Kugelpos.DocumentStore.Indexing;
using Kugelpos.DocumentStore.Queries;
using LiteDB;

namespace Kugelpos.DocumentStore.LiteDb;

/// <summary>
/// Turns filters into LiteDB expressions. Values always travel as parameters; paths are
/// validated identifiers. Range comparisons are guarded by a type test because LiteDB orders
/// values of different types (a string is "greater" than any number) where MongoDB only
/// compares values of the same kind.
/// </summary>
internal sealed class LiteDbQueryBuilder
{
    private readonly BsonDocument _parameters = new();

    /// <summary>The predicate of a filter and an expiry rule together; null when there is neither.</summary>
    public static BsonExpression? Predicate(DocumentFilter? filter, ExpiryRule? expiry, TimeProvider time)
    {
        var builder = new LiteDbQueryBuilder();
        var terms = new List<string>(2);
        if (filter is not null)
        {
            terms.Add(builder.Filter(filter));
        }

        if (expiry is not null)
        {
            terms.Add(builder.Visible(expiry, time));
        }

        return terms.Count == 0 ? null : builder.Build(string.Join(" AND ", terms));
    }

    /// <summary>Matches the documents an expiry rule has expired (dates at or before the cutoff).</summary>
    public static BsonExpression Expired(ExpiryRule expiry, TimeProvider time)
    {
        var builder = new LiteDbQueryBuilder();
        var field = Path(expiry.Field);
        var cutoff = builder.Parameter(LiteDbValues.ToBson(expiry.CutoffUtc(time)));
        return builder.Build($"(IS_DATETIME({field}) = true AND {field} <= {cutoff})");
    }

    /// <summary>The expression of a field path, e.g. <c>$.detail.category</c>.</summary>
    public static string Path(FieldPath path) => "$." + path.StoragePath;

    private BsonExpression Build(string text) => BsonExpression.Create(text, _parameters);

    private string Visible(ExpiryRule expiry, TimeProvider time)
    {
        var field = Path(expiry.Field);
        var cutoff = Parameter(LiteDbValues.ToBson(expiry.CutoffUtc(time)));
        return $"(IS_DATETIME({field}) = false OR {field} > {cutoff})";
    }

    private string Filter(DocumentFilter filter) => filter switch
    {
        ComparisonFilter c => Comparison(c),
        InFilter i => $"({Path(i.Field)} IN {Parameter(new BsonArray(i.Values.Select(LiteDbValues.ToBson)))})",
        AndFilter a => "(" + string.Join(" AND ", a.Filters.Select(Filter)) + ")",
        _ => throw new ArgumentException($"Unknown filter {filter.GetType().Name}.", nameof(filter)),
    };

    private string Comparison(ComparisonFilter filter)
    {
        var field = Path(filter.Field);
        var value = Parameter(LiteDbValues.ToBson(filter.Value));
        var op = filter.Operator switch
        {
            ComparisonOperator.Equal => "=",
            ComparisonOperator.NotEqual => "!=",
            ComparisonOperator.GreaterThan => ">",
            ComparisonOperator.GreaterThanOrEqual => ">=",
            ComparisonOperator.LessThan => "<",
            ComparisonOperator.LessThanOrEqual => "<=",
            _ => throw new ArgumentException($"Unknown operator {filter.Operator}.", nameof(filter)),
        };
        var comparison = $"{field} {op} {value}";
        return filter.IsRange ? $"({TypeTest(filter.Value!)}({field}) = true AND {comparison})" : $"({comparison})";
    }

    private static string TypeTest(object value) => value switch
    {
        string => "IS_STRING",
        bool => "IS_BOOLEAN",
        DateTime => "IS_DATETIME",
        Guid => "IS_GUID",
        _ => "IS_NUMBER",
    };

    private string Parameter(BsonValue value)
    {
        var name = "p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters[name] = value;
        return "@" + name;
    }
}
