using System.Text.RegularExpressions;

namespace CivicCrm.ServiceRequests.Services;

/// <summary>
/// An address as the public may see it: the building, never the unit. "1200 Main St Apt 4B, Riverton" shows as
/// "1200 Main St, Riverton", so a housing complaint does not point at the flat of the resident who made it.
/// </summary>
public static partial class PublicAddress
{
    // A unit written at the end of the street part: "Apt 4B", "Apt. #4", "Unit 12", "Suite 200", "Fl 3", "#4", "Apt B";
    // the unit has a digit or is one letter, so "12 Unit Road" stays whole.
    [GeneratedRegex(@"\s*(?:\b(?:APT|APARTMENT|UNIT|STE|SUITE|FL|FLOOR|RM|ROOM)\b\.?\s*#?\s*|#\s*)(?:[A-Z]{0,3}-?\d[A-Z0-9-]*|[A-Z])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingUnit();

    // A unit as a part of its own after a comma: ", Apt 4", ", #4", ", Suite 200". Not ", FL 33101" (a state).
    [GeneratedRegex(@"^(?:(?:APT|APARTMENT|UNIT|STE|SUITE|FLOOR|RM|ROOM)\b\.?|#)", RegexOptions.IgnoreCase)]
    private static partial Regex UnitPart();

    public static string? Of(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return address;
        }

        var parts = address.Split(',').Select(p => p.Trim()).ToList();
        parts[0] = TrailingUnit().Replace(parts[0], "").Trim();
        return string.Join(", ", parts.Where((part, i) => i == 0 || part.Length > 0 && !UnitPart().IsMatch(part)));
    }
}
