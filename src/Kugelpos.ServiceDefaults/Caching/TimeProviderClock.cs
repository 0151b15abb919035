using Microsoft.Extensions.Internal;

namespace Kugelpos.ServiceDefaults.Caching;

/// <summary>The injected <see cref="TimeProvider"/> as the clock <c>MemoryCache</c> expires entries by, so cached entries follow fake time in tests.</summary>
internal sealed class TimeProviderClock(TimeProvider timeProvider) : ISystemClock
{
    public DateTimeOffset UtcNow => timeProvider.GetUtcNow();
}
