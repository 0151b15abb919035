using Kugelpos.ServiceDefaults.Errors;

namespace Kugelpos.ServiceDefaults.Tests.Errors;

public class KugelposExceptionTests
{
    [Theory]
    [InlineData("40100")]
    [InlineData("4010011")]
    [InlineData("40A001")]
    public void An_error_code_that_is_not_six_digits_is_refused(string code) =>
        Assert.Throws<ArgumentException>(() => new KugelposException(400, code, "Bad"));

    [Theory]
    [InlineData(200)]
    [InlineData(399)]
    [InlineData(600)]
    public void A_status_outside_the_error_range_is_refused(int status) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new KugelposException(status, "100000", "Bad"));

    [Fact]
    public void The_short_constructors_make_a_system_error()
    {
        var exception = new KugelposException("Clock failure");

        Assert.Equal(500, exception.StatusCode);
        Assert.Equal("900001", exception.ErrorCode);
    }
}
