namespace Kugelpos.DocumentStore.Queries;

/// <summary>How a field is compared with a value.</summary>
internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
}
