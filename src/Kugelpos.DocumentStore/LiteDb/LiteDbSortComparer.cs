using Kugelpos.DocumentStore.Queries;
using LiteDB;

namespace Kugelpos.DocumentStore.LiteDb;

/// <summary>Orders documents by several keys with LiteDB's own value ordering (missing fields as null).</summary>
internal sealed class LiteDbSortComparer(IReadOnlyList<SortKey> keys) : IComparer<BsonDocument>
{
    public int Compare(BsonDocument? x, BsonDocument? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        foreach (var key in keys)
        {
            // Binary collation: the same ordinal order the database files use.
            var order = LiteDbValues.At(x, key.Path).CompareTo(LiteDbValues.At(y, key.Path), Collation.Binary);
            if (order != 0)
            {
                return key.Direction == SortDirection.Ascending ? order : -order;
            }
        }

        return 0;
    }
}
