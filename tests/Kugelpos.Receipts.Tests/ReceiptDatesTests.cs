namespace Kugelpos.Receipts.Tests;

public class ReceiptDatesTests
{
    [Theory]
    [InlineData(2024, 1, 1, "2024年01月01日(月) 09:05")]
    [InlineData(2024, 1, 6, "2024年01月06日(土) 09:05")]
    [InlineData(2024, 1, 7, "2024年01月07日(日) 09:05")]
    [InlineData(2026, 11, 30, "2026年11月30日(月) 09:05")]
    public void The_generation_time_is_printed_with_the_japanese_weekday_as_the_wall_clock_shows_it(int year, int month, int day, string expected) =>
        Assert.Equal(expected, ReceiptDates.DateTime(new DateTimeOffset(year, month, day, 9, 5, 59, TimeSpan.FromHours(9))));

    [Theory]
    [InlineData("20240101", "2024年01月01日(月)")]
    [InlineData("20240103", "2024年01月03日(水)")]
    [InlineData("20241231", "2024年12月31日(火)")]
    [InlineData("2024-01-01", "2024-01-01")]
    [InlineData("2024010", "2024010")]
    [InlineData("20241399", "20241399")]
    [InlineData("", "")]
    public void A_business_date_of_eight_digits_is_printed_as_a_japanese_date_and_anything_else_as_it_is(string businessDate, string expected) =>
        Assert.Equal(expected, ReceiptDates.BusinessDate(businessDate));
}
