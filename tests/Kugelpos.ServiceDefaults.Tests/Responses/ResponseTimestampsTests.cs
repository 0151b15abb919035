using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.ServiceDefaults.Tests.Responses;

public class ResponseTimestampsTests
{
    [Fact]
    public void An_instant_is_written_as_the_original_writes_it_in_utc()
    {
        var instant = new DateTimeOffset(2030, 1, 15, 18, 5, 9, 750, TimeSpan.FromHours(9));

        Assert.Equal("2030-01-15 09:05:09", ResponseTimestamps.Format(instant));
    }

    [Fact]
    public void A_missing_instant_stays_null()
    {
        Assert.Null(ResponseTimestamps.Format((DateTimeOffset?)null));
    }

    [Fact]
    public void A_present_optional_instant_is_written_like_a_required_one()
    {
        DateTimeOffset? instant = new DateTimeOffset(2025, 12, 31, 23, 59, 59, TimeSpan.Zero);

        Assert.Equal("2025-12-31 23:59:59", ResponseTimestamps.Format(instant));
    }
}
