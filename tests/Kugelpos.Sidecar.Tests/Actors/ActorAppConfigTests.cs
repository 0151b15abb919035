using System.Text;
using Kugelpos.Sidecar.Actors;

namespace Kugelpos.Sidecar.Tests.Actors;

/// <summary>
/// <c>/dapr/config</c> as Dapr.Actors 1.19 writes it (ActorRuntime.SerializeSettingsAndRegisteredTypes:
/// durations as <c>0h1m0s0ms</c>, <c>reentrancy</c> always present, one <c>entitiesConfig</c>
/// entry per type registered with its own options), read as daprd reads it.
/// </summary>
public sealed class ActorAppConfigTests
{
    [Fact]
    public void A_type_with_its_own_entry_takes_that_entry_whole_and_daprds_defaults_for_what_it_leaves_out()
    {
        var config = Parse("""
            {"entities":["Cart","Terminal"],"actorIdleTimeout":"0h10m0s0ms","actorScanInterval":"0h0m10s0ms",
             "reentrancy":{"enabled":true,"maxStackDepth":8},
             "entitiesConfig":[{"entities":["Terminal"],"reentrancy":{"enabled":false}}]}
            """);

        Assert.Equal(new ActorTypeConfig(TimeSpan.FromMinutes(10), true, 8), config.For("Cart"));
        Assert.Equal(new ActorTypeConfig(TimeSpan.FromMinutes(60), false, 32), config.For("Terminal"));
        Assert.Equal(TimeSpan.FromSeconds(10), config.ScanInterval);
    }

    [Fact]
    public void A_types_own_reentrancy_and_idle_timeout_are_read_with_daprds_default_stack_depth()
    {
        var config = Parse("""
            {"entities":["Cart"],"reentrancy":{"enabled":false},
             "entitiesConfig":[{"entities":["Cart"],"actorIdleTimeout":"0h1m0s0ms","reentrancy":{"enabled":true}}]}
            """);

        Assert.Equal(new ActorTypeConfig(TimeSpan.FromMinutes(1), true, 32), config.For("Cart"));
    }

    [Fact]
    public void Reminder_storage_partitions_are_read_per_type_and_a_missing_or_bad_count_keeps_one_list()
    {
        var config = Parse("""
            {"entities":["Cart","Terminal","Tx"],"remindersStoragePartitions":256,
             "entitiesConfig":[{"entities":["Terminal"],"remindersStoragePartitions":4},{"entities":["Tx"],"remindersStoragePartitions":-3}]}
            """);

        Assert.Equal(256, config.For("Cart").RemindersStoragePartitions);
        Assert.Equal(4, config.For("Terminal").RemindersStoragePartitions);
        Assert.Equal(0, config.For("Tx").RemindersStoragePartitions);
        Assert.Equal(0, Parse("""{"entities":["Cart"]}""").For("Cart").RemindersStoragePartitions);
    }

    [Fact]
    public void An_entry_for_a_type_the_app_does_not_host_is_ignored()
    {
        var config = Parse("""
            {"entities":["Cart"],"reentrancy":{"enabled":false},
             "entitiesConfig":[{"entities":["Stranger"],"reentrancy":{"enabled":true}}]}
            """);

        Assert.Equal(["Cart"], config.Entities);
        Assert.Empty(config.Types);
        Assert.Equal(ActorTypeConfig.Default, config.For("Stranger"));
    }

    private static ActorAppConfig Parse(string json) => ActorAppConfig.Parse(Encoding.UTF8.GetBytes(json));
}
