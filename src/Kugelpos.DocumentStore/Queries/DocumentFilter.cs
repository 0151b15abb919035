namespace Kugelpos.DocumentStore.Queries;

/// <summary>
/// A provider-neutral filter: field equality, inequality, ranges and lists, combined with AND.
/// </summary>
/// <remarks>
/// A small filter tree instead of LINQ: LiteDB and MongoDB each translate only their own subset
/// of LINQ, with different rules for nested members, Contains, enums and decimals, so the same
/// lambda can work on one backend and fail or differ on the other. This tree maps one-to-one
/// onto MongoDB query operators and LiteDB expressions, and both translators add what keeps
/// results equal: ordinal string comparison, range comparisons that only match values of the
/// same kind (numbers with numbers, dates with dates, as MongoDB does), and values passed as
/// parameters, never spliced into query text.
/// </remarks>
public abstract class DocumentFilter
{
    private protected DocumentFilter()
    {
    }

    /// <summary>The field equals the value (null also matches a missing field).</summary>
    public static DocumentFilter Eq(string field, object? value) =>
        Compare(field, ComparisonOperator.Equal, value);

    /// <summary>The field differs from the value (a missing field differs from any non-null value).</summary>
    public static DocumentFilter Ne(string field, object? value) =>
        Compare(field, ComparisonOperator.NotEqual, value);

    /// <summary>The field is greater than the value.</summary>
    public static DocumentFilter Gt(string field, object value) =>
        Compare(field, ComparisonOperator.GreaterThan, value);

    /// <summary>The field is greater than or equal to the value.</summary>
    public static DocumentFilter Gte(string field, object value) =>
        Compare(field, ComparisonOperator.GreaterThanOrEqual, value);

    /// <summary>The field is less than the value.</summary>
    public static DocumentFilter Lt(string field, object value) =>
        Compare(field, ComparisonOperator.LessThan, value);

    /// <summary>The field is less than or equal to the value.</summary>
    public static DocumentFilter Lte(string field, object value) =>
        Compare(field, ComparisonOperator.LessThanOrEqual, value);

    /// <summary>The field equals one of the values; an empty list matches nothing.</summary>
    public static DocumentFilter In<TValue>(string field, IEnumerable<TValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var path = FieldPath.Parse(field, nameof(field));
        var normalized = values.Select(v => FilterValue.Normalize(v, nameof(values))).ToArray();
        return new InFilter(path, normalized);
    }

    /// <summary>Every one of the filters matches.</summary>
    public static DocumentFilter And(params DocumentFilter[] filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (filters.Length == 0)
        {
            throw new ArgumentException("And needs at least one filter.", nameof(filters));
        }

        if (filters.Any(f => f is null))
        {
            throw new ArgumentException("And does not accept null filters.", nameof(filters));
        }

        return new AndFilter([.. filters]);
    }

    private static ComparisonFilter Compare(string field, ComparisonOperator op, object? value)
    {
        var path = FieldPath.Parse(field, nameof(field));
        var normalized = FilterValue.Normalize(value, nameof(value));
        var filter = new ComparisonFilter(path, op, normalized);
        if (filter.IsRange && normalized is null)
        {
            throw new ArgumentException($"A range comparison on '{path.Name}' needs a value, not null.", nameof(value));
        }

        return filter;
    }
}
