using System;
using System.Linq;

namespace Dsco.Plugins.OrderImport;

/// <summary>The carriers the third-party billing exemptions care about.</summary>
internal enum CarrierFamily
{
    /// <summary>Neither USPS nor UPS, or not known.</summary>
    Other,

    /// <summary>United States Postal Service.</summary>
    Usps,

    /// <summary>United Parcel Service.</summary>
    Ups,
}

/// <summary>Tells USPS from UPS on a DSCO order, from <c>shipCarrier</c> or else the service level code.</summary>
internal static class DscoCarriers
{
    private static readonly char[] WordSeparators = { ' ', '-', '_', '.', '/' };

    public static CarrierFamily FamilyOf(string? carrier, string? serviceLevelCode)
    {
        var fromCarrier = Classify(carrier, allowPrefix: false);
        return fromCarrier != CarrierFamily.Other ? fromCarrier : Classify(serviceLevelCode, allowPrefix: true);
    }

    private static CarrierFamily Classify(string? value, bool allowPrefix)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return CarrierFamily.Other;
        }

        // Letters only, upper case: "U.S.P.S." → "USPS", "UPS 2nd Day" → "UPSNDDAY".
        var letters = new string(value!.Where(char.IsLetter).Select(char.ToUpperInvariant).ToArray());
        var words = value!.ToUpperInvariant().Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);

        // USPS is tested first: "USPS" does not start with "UPS", and "UPS" does not start with "USPS", but
        // a loose "contains" would confuse them, so only whole words or (for codes) prefixes count.
        if (letters.StartsWith("USPS", StringComparison.Ordinal) || letters.StartsWith("USPOSTAL", StringComparison.Ordinal) ||
            letters.StartsWith("UNITEDSTATESPOSTAL", StringComparison.Ordinal) || words.Contains("USPS"))
        {
            return CarrierFamily.Usps;
        }

        if (letters.StartsWith("UNITEDPARCEL", StringComparison.Ordinal) || words.Contains("UPS") ||
            (allowPrefix ? letters.StartsWith("UPS", StringComparison.Ordinal) : letters == "UPS"))
        {
            return CarrierFamily.Ups;
        }

        return CarrierFamily.Other;
    }
}
