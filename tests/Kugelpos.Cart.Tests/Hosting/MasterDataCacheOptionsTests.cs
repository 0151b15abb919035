using Kugelpos.Cart.MasterData;
using Kugelpos.Cart.Tests.Support;
using Kugelpos.ServiceDefaults.Hosting;

namespace Kugelpos.Cart.Tests.Hosting;

public class MasterDataCacheOptionsTests
{
    [Theory]
    [InlineData("Duration", "-00:00:01")]
    [InlineData("MissDuration", "-00:00:01")]
    [InlineData("Size", "0")]
    public async Task Unusable_master_data_cache_settings_fail_start_up_naming_the_setting(string setting, string value)
    {
        var error = await Assert.ThrowsAsync<StartupException>(
            () => CartTestService.StartAsync(new Dictionary<string, string?> { [$"{MasterDataCacheOptions.SectionName}:{setting}"] = value }));

        Assert.Contains($"Kugelpos:Cart:MasterDataCache:{setting}", error.Message, StringComparison.Ordinal);
    }
}
