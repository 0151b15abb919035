using Kugelpos.Dapr;
using Kugelpos.Sidecar.Resiliency;
using Kugelpos.Sidecar.Resources;
using Kugelpos.Sidecar.Tests.Resources;

namespace Kugelpos.Sidecar.Tests.Resiliency;

/// <summary>
/// The app's call deadline (<see cref="DaprOptions.CallTimeout"/>) must outlast the sidecar's policy,
/// or the app cuts off the sidecar's retries and never sees its answer.
/// </summary>
public sealed class DaprCallDeadlineTests
{
    public static TheoryData<string> Sets => new() { "redis", "local" };

    [Theory]
    [MemberData(nameof(Sets))]
    public void The_default_call_deadline_outlasts_the_worst_case_of_every_shipped_component_policy(string set)
    {
        var deadline = new DaprOptions().CallTimeout;
        var bounded = 0;
        foreach (var resiliency in ResourceLoader.LoadFolder(ShippedResourcesTests.Folder(set)).Resiliencies)
        {
            foreach (var (component, target) in resiliency.Targets.GetValueOrDefault("components") ?? new Dictionary<string, ResiliencyTargetSpec>())
            {
                // A target without a timeout is bounded by its client's own (StackExchange.Redis: 5 s per attempt).
                if (target.Outbound is not { Timeout: { } timeoutName } outbound)
                {
                    continue;
                }

                var worst = WorstCase(resiliency, outbound, resiliency.Timeouts[timeoutName]);
                Assert.True(deadline > worst, $"{set}/{component}: the sidecar may take {worst}, the app waits {deadline}");
                bounded++;
            }
        }

        Assert.True(bounded > 0, "no shipped component policy has a timeout to compare with");
    }

    private static TimeSpan WorstCase(ResiliencySpec resiliency, ResiliencyTargetSpec outbound, TimeSpan attemptTimeout)
    {
        var retry = outbound.Retry is { } name ? resiliency.Retries[name] : null;
        var retries = retry is null ? 0 : retry.MaxRetries < 0 ? ComponentPolicy.UnlimitedRetriesCap : retry.MaxRetries;
        var worst = attemptTimeout * (retries + 1);
        for (var attempt = 1; attempt <= retries; attempt++)
        {
            worst += retry!.DelayFor(attempt);
        }

        return worst;
    }
}
