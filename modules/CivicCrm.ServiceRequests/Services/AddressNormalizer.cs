using System.Text;
using System.Text.RegularExpressions;

namespace CivicCrm.ServiceRequests.Services;

/// <summary>
/// Reduces an address to a key that matches however it was typed: "1200 north Main Street, Apt. 4" and
/// "1200 N MAIN ST APT 4" give the same key. After the first comma a unit ("Apt. 4", "#4", "Suite 200") is kept;
/// city, state and postal code are dropped.
/// </summary>
public static partial class AddressNormalizer
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["STREET"] = "ST", ["STR"] = "ST", ["AVENUE"] = "AVE", ["AV"] = "AVE", ["BOULEVARD"] = "BLVD", ["ROAD"] = "RD",
        ["DRIVE"] = "DR", ["LANE"] = "LN", ["COURT"] = "CT", ["PLACE"] = "PL", ["TERRACE"] = "TER", ["PARKWAY"] = "PKWY",
        ["HIGHWAY"] = "HWY", ["CIRCLE"] = "CIR", ["SQUARE"] = "SQ", ["EXPRESSWAY"] = "EXPY", ["TRAIL"] = "TRL",
        ["NORTH"] = "N", ["SOUTH"] = "S", ["EAST"] = "E", ["WEST"] = "W",
        ["NORTHEAST"] = "NE", ["NORTHWEST"] = "NW", ["SOUTHEAST"] = "SE", ["SOUTHWEST"] = "SW",
        ["APARTMENT"] = "APT", ["SUITE"] = "STE", ["UNIT"] = "UNIT", ["FLOOR"] = "FL", ["#"] = "APT",
        ["FIRST"] = "1ST", ["SECOND"] = "2ND", ["THIRD"] = "3RD", ["FOURTH"] = "4TH", ["FIFTH"] = "5TH",
    };

    [GeneratedRegex(@"[^A-Z0-9# ]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public static string? Normalize(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var parts = address.Split(',');
        var units = parts.Skip(1).Select(p => p.Trim()).Where(IsUnit);
        var street = string.Join(' ', parts.Take(1).Concat(units)).ToUpperInvariant().Replace("#", " # ", StringComparison.Ordinal);
        street = Spaces().Replace(Punctuation().Replace(street, " "), " ").Trim();
        var result = new StringBuilder();
        foreach (var word in street.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (result.Length > 0)
            {
                result.Append(' ');
            }

            result.Append(Words.GetValueOrDefault(word, word));
        }

        // "APT APT 4" from "Apt # 4".
        var key = result.ToString().Replace("APT APT", "APT", StringComparison.Ordinal);
        return key.Length == 0 ? null : key;
    }

    private static readonly string[] UnitWords = ["APT", "APARTMENT", "UNIT", "STE", "SUITE", "#", "FLOOR", "RM", "ROOM"];

    private static bool IsUnit(string part) =>
        UnitWords.Any(w => part.StartsWith(w, StringComparison.OrdinalIgnoreCase)
            && (part.Length == w.Length || !char.IsLetter(part[w.Length]) || w == "#"));
}
