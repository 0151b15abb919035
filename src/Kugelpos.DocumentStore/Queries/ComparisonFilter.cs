namespace Kugelpos.DocumentStore.Queries;

/// <summary>A field compared with one normalized value.</summary>
internal sealed class ComparisonFilter(FieldPath field, ComparisonOperator op, object? value) : DocumentFilter
{
    public FieldPath Field { get; } = field;

    public ComparisonOperator Operator { get; } = op;

    public object? Value { get; } = value;

    /// <summary>Range comparisons, as opposed to (in)equality.</summary>
    public bool IsRange => Operator is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual);
}
