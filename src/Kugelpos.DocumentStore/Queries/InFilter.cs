namespace Kugelpos.DocumentStore.Queries;

/// <summary>A field equal to any of a list of normalized values (none: matches nothing).</summary>
internal sealed class InFilter(FieldPath field, IReadOnlyList<object?> values) : DocumentFilter
{
    public FieldPath Field { get; } = field;

    public IReadOnlyList<object?> Values { get; } = values;
}
