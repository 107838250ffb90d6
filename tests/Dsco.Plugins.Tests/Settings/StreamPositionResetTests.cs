using System;
using Dsco.Plugins.Settings;

namespace Dsco.Plugins.Tests.Settings;

public class StreamPositionResetTests
{
    [Theory]
    [InlineData("z/2022/09/26/20/19/000", 2022, 9, 26, 20, 19)]
    [InlineData("  Z/2024/02/29/00/00/000 ", 2024, 2, 29, 0, 0)]
    [InlineData("z/1999/12/31/23/59/000", 1999, 12, 31, 23, 59)]
    public void TryParse_ValidReset_GivesUtcMoment(string text, int year, int month, int day, int hour, int minute)
    {
        Assert.True(StreamPositionReset.TryParse(text, out var moment, out var error));

        Assert.Null(error);
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero), moment);
        Assert.Equal(TimeSpan.Zero, moment.Offset);
    }

    [Theory]
    [InlineData("z/2022/13/26/20/19/000", "month 13 is not 01-12")]
    [InlineData("z/2022/00/26/20/19/000", "month 00 is not 01-12")]
    [InlineData("z/2023/02/29/20/19/000", "day 29 is not 01-28 for 2023-02")]
    [InlineData("z/2022/09/00/20/19/000", "day 00 is not 01-30 for 2022-09")]
    [InlineData("z/2022/09/26/24/19/000", "hour 24 is not 00-23")]
    [InlineData("z/2022/09/26/20/60/000", "minute 60 is not 00-59")]
    [InlineData("z/2022/09/26/20/19", "it has 6 part(s) separated by '/', the format has 7")]
    [InlineData("z/2022/09/26/20/19/000/1", "it has 8 part(s) separated by '/', the format has 7")]
    [InlineData("", "it has 1 part(s) separated by '/', the format has 7")]
    [InlineData("x/2022/09/26/20/19/000", "it must start with 'z/'")]
    [InlineData("z/2022/09/2a/20/19/000", "the day part '2a' must be exactly 2 digits")]
    [InlineData("z/22/09/26/20/19/000", "the year part '22' must be exactly 4 digits")]
    [InlineData("z/2022/9/26/20/19/000", "the month part '9' must be exactly 2 digits")]
    [InlineData("z/2022/09/26/20/19/00", "the 000 part '00' must be exactly 3 digits")]
    [InlineData("z/2022/09/26/20/19/123", "the last part must be 000, not '123'")]
    [InlineData("z/0000/09/26/20/19/000", "the year must be 0001 or later")]
    [InlineData("z/2022/09/26/ 20/19/000", "the hour part ' 20' must be exactly 2 digits")]
    public void TryParse_Malformed_ExplainsAndQuotesFormatAndExample(string text, string reason)
    {
        Assert.False(StreamPositionReset.TryParse(text, out var moment, out var error));

        Assert.Equal(default, moment);
        Assert.Equal(reason + "; expected z/yyyy/MM/dd/HH/mm/000 in UTC, e.g. z/2022/09/26/20/19/000", error);
    }

    [Theory]
    [InlineData("z/2022/09/26/20/19/000", true)]
    [InlineData(" Z/anything", true)]
    [InlineData("z/", true)]
    [InlineData("z/2022/09/26/20/19", true)]
    [InlineData("z/2026/12/04/07/30/000/000000042", false)]
    [InlineData("01J8ZQ3-evt-42", false)]
    [InlineData("2022-09-26T20:19:00Z", false)]
    [InlineData("z", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsResetFormat_RecognisesIntendedResets(string? text, bool expected)
    {
        Assert.Equal(expected, StreamPositionReset.IsResetFormat(text));
    }
}
