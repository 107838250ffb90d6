using System;
using System.Globalization;

namespace Dsco.Plugins.Settings
{
    /// <summary>
    /// The form a seller types into <c>DSCO_StreamPosition</c> to make the order import re-read the stream from a
    /// moment: <c>z/yyyy/MM/dd/HH/mm/000</c> in UTC, e.g. <c>z/2022/09/26/20/19/000</c>. Positions the plugin writes
    /// itself are opaque to this type.
    /// </summary>
    public static class StreamPositionReset
    {
        /// <summary>The documented layout.</summary>
        public const string Format = "z/yyyy/MM/dd/HH/mm/000";

        /// <summary>The documented example.</summary>
        public const string Example = "z/2022/09/26/20/19/000";

        private static readonly int[] Widths = { 1, 4, 2, 2, 2, 2, 3 };
        private static readonly string[] Parts = { "z", "year", "month", "day", "hour", "minute", "000" };

        /// <summary>
        /// True when <paramref name="value"/> is meant as a reset: after trimming it starts with <c>z/</c> (any case)
        /// and has at most the reset's seven '/'-separated parts. DSCO's own event ids extend the reset form (the
        /// minute, then a sequence: <c>z/2026/12/04/07/30/000/000000042</c>), so a longer value is an event id and
        /// stays opaque. A reset may still be malformed; <see cref="TryParse"/> says how.
        /// </summary>
        public static bool IsResetFormat(string? value)
        {
            var trimmed = value?.Trim();
            return trimmed is not null
                && trimmed.StartsWith("z/", StringComparison.OrdinalIgnoreCase)
                && trimmed.Split('/').Length <= Widths.Length;
        }

        /// <summary>Reads a reset position into the UTC moment it names.</summary>
        /// <param name="value">The text, e.g. <c>z/2022/09/26/20/19/000</c>; surrounding spaces are ignored.</param>
        /// <param name="moment">The moment, with offset zero, when the text is valid.</param>
        /// <param name="error">What is wrong, quoting the layout and the example, when it is not.</param>
        public static bool TryParse(string? value, out DateTimeOffset moment, out string? error)
        {
            moment = default;
            var text = value?.Trim() ?? string.Empty;
            var segments = text.Split('/');
            if (segments.Length != Widths.Length)
            {
                return Fail($"it has {segments.Length} part(s) separated by '/', the format has {Widths.Length}", out error);
            }

            if (!string.Equals(segments[0], "z", StringComparison.OrdinalIgnoreCase))
            {
                return Fail("it must start with 'z/'", out error);
            }

            var numbers = new int[Widths.Length];
            for (var i = 1; i < segments.Length; i++)
            {
                var segment = segments[i];
                if (segment.Length != Widths[i] || !AllDigits(segment))
                {
                    return Fail($"the {Parts[i]} part '{segment}' must be exactly {Widths[i]} digits", out error);
                }

                numbers[i] = int.Parse(segment, NumberStyles.None, CultureInfo.InvariantCulture);
            }

            int year = numbers[1], month = numbers[2], day = numbers[3], hour = numbers[4], minute = numbers[5];
            if (numbers[6] != 0)
            {
                return Fail($"the last part must be 000, not '{segments[6]}'", out error);
            }

            if (year < 1)
            {
                return Fail("the year must be 0001 or later", out error);
            }

            if (month < 1 || month > 12)
            {
                return Fail($"month {segments[2]} is not 01-12", out error);
            }

            var daysInMonth = DateTime.DaysInMonth(year, month);
            if (day < 1 || day > daysInMonth)
            {
                return Fail($"day {segments[3]} is not 01-{daysInMonth.ToString(CultureInfo.InvariantCulture)} for {segments[1]}-{segments[2]}", out error);
            }

            if (hour > 23)
            {
                return Fail($"hour {segments[4]} is not 00-23", out error);
            }

            if (minute > 59)
            {
                return Fail($"minute {segments[5]} is not 00-59", out error);
            }

            moment = new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero);
            error = null;
            return true;
        }

        private static bool AllDigits(string text)
        {
            foreach (var c in text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Fail(string reason, out string? error)
        {
            error = $"{reason}; expected {Format} in UTC, e.g. {Example}";
            return false;
        }
    }
}
