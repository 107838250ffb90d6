using System;
using System.Collections.Generic;
using System.Globalization;

namespace Dsco.Plugins.Settings
{
    /// <summary>
    /// The reading rules shared by company settings and custom columns: lenient about how people type
    /// (case, spaces, yes/no), strict about values that are wrong. Each method returns false with the
    /// "expected" text a message should show.
    /// </summary>
    internal static class DscoValueParser
    {
        internal const string ExpectedBoolean = "True or False (1/0, yes/no and y/n also work)";
        internal const string ExpectedNonNegativeInteger = "a whole number, 0 or more (digits only, e.g. 5)";
        internal const string ExpectedDate = "a date as yyyy-MM-dd (e.g. 2026-03-31) or M/d/yyyy (e.g. 3/31/2026)";

        private static readonly string[] DateFormats =
        {
            "yyyy-MM-dd",
            "M/d/yyyy",

            // Date columns the host renders with a time of day.
            "yyyy-MM-ddTHH:mm:ss",
            "yyyy-MM-dd HH:mm:ss",
            "M/d/yyyy h:mm:ss tt",
            "M/d/yyyy h:mm tt",
            "M/d/yyyy H:mm:ss",
            "M/d/yyyy H:mm",
        };

        /// <summary>Trimmed text, or null when the raw value is null, empty or only white space.</summary>
        internal static string? Clean(string? raw)
        {
            if (raw is null)
            {
                return null;
            }

            var trimmed = raw.Trim();
            return trimmed.Length == 0 ? null : trimmed;
        }

        internal static bool TryParseBoolean(string text, out bool value)
        {
            switch (text.Trim().ToUpperInvariant())
            {
                case "TRUE":
                case "1":
                case "YES":
                case "Y":
                    value = true;
                    return true;
                case "FALSE":
                case "0":
                case "NO":
                case "N":
                    value = false;
                    return true;
                default:
                    value = false;
                    return false;
            }
        }

        internal static bool TryParseNonNegativeInteger(string text, out int value)
        {
            var trimmed = text.Trim();
            if (trimmed.Length > 0 && trimmed[0] == '+')
            {
                trimmed = trimmed.Substring(1);
            }

            value = 0;
            if (trimmed.Length == 0)
            {
                return false;
            }

            foreach (var c in trimmed)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        /// <summary>A plain invariant decimal: optional sign, digits, optional dot and digits. No thousands separators, no exponent.</summary>
        internal static bool TryParseDecimal(string text, out decimal value)
        {
            return decimal.TryParse(
                text.Trim(),
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture,
                out value);
        }

        internal static bool TryParseDate(string text, out DateTime value)
        {
            if (DateTime.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                value = DateTime.SpecifyKind(parsed.Date, DateTimeKind.Unspecified);
                return true;
            }

            value = default;
            return false;
        }

        /// <summary>Quotes a value for a message, or says it is redacted.</summary>
        internal static string Quote(string? value, bool secret) =>
            secret ? "REDACTED" : "'" + (value ?? string.Empty) + "'";

        /// <summary>A custom column's trimmed value by name (case-insensitive), trying <paramref name="aliases"/> after it; null when absent or blank.</summary>
        internal static string? Column(IReadOnlyDictionary<string, string> columns, string name, IReadOnlyList<string>? aliases = null)
        {
            var value = Lookup(columns, name);
            if (value is null && aliases is not null)
            {
                foreach (var alias in aliases)
                {
                    value = Lookup(columns, alias);
                    if (value is not null)
                    {
                        break;
                    }
                }
            }

            return value;
        }

        private static string? Lookup(IReadOnlyDictionary<string, string> columns, string name)
        {
            if (columns.TryGetValue(name, out var exact))
            {
                return DscoValueParser.Clean(exact);
            }

            // The host promises case-insensitive names, but a dictionary built with the default comparer does not.
            foreach (var pair in columns)
            {
                if (pair.Key is not null && string.Equals(pair.Key.Trim(), name, StringComparison.OrdinalIgnoreCase))
                {
                    var value = DscoValueParser.Clean(pair.Value);
                    if (value is not null)
                    {
                        return value;
                    }
                }
            }

            return null;
        }
    }
}
