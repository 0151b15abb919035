using System.Collections.Concurrent;
using Kugelpos.Account.Tenants;

namespace Kugelpos.Account.Tests.Support;

/// <summary>Proposes the given tenant ids in order, so collisions can be staged.</summary>
internal sealed class ScriptedTenantIds(params string[] ids) : TenantIdGenerator
{
    private readonly ConcurrentQueue<string> _ids = new(ids);

    public int Proposed { get; private set; }

    public override string Next()
    {
        Proposed++;
        return _ids.TryDequeue(out var id) ? id : throw new InvalidOperationException("The script has no more tenant ids.");
    }
}
