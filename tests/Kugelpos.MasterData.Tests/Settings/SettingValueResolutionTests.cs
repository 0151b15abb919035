using Kugelpos.MasterData.Settings;

namespace Kugelpos.MasterData.Tests.Settings;

public class SettingValueResolutionTests
{
    private static readonly SettingsDocument Setting = new(
        "id",
        "receipt_header",
        "default",
        [
            new ScopedSettingValue("S001", null, "store"),
            new ScopedSettingValue("S001", 2, "terminal"),
            new ScopedSettingValue(null, null, "tenant"),
            new ScopedSettingValue("S001", 2, "later duplicate"),
        ],
        DateTimeOffset.UnixEpoch,
        null);

    [Fact]
    public void The_terminal_of_the_store_gets_its_own_value_first() =>
        Assert.Equal("terminal", SettingValueResolution.Resolve(Setting, "S001", 2));

    [Fact]
    public void Another_terminal_of_the_store_gets_the_store_value() =>
        Assert.Equal("store", SettingValueResolution.Resolve(Setting, "S001", 3));

    [Fact]
    public void Another_store_gets_the_value_for_no_store() =>
        Assert.Equal("tenant", SettingValueResolution.Resolve(Setting, "S002", 2));

    [Fact]
    public void Without_a_matching_value_the_default_applies() =>
        Assert.Equal("default", SettingValueResolution.Resolve(Setting with { Values = [new ScopedSettingValue("S009", 1, "x")] }, "S001", 1));

    [Fact]
    public void A_terminal_value_of_another_store_does_not_apply() =>
        Assert.Equal("default", SettingValueResolution.Resolve(Setting with { Values = [new ScopedSettingValue("S002", 2, "x")] }, "S001", 2));
}
