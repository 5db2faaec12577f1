using System.Text.RegularExpressions;

namespace CivicCrm.Open311.Endpoints;

/// <summary>
/// What a request's stored address text says beyond itself: the US ZIP code it ends with, and the address_id of a
/// request filed with one (kept as the text "address id N" while the city has no address registry to resolve it).
/// </summary>
public static partial class AddressFields
{
    public const string AddressIdPrefix = "address id ";

    // Five digits or ZIP+4 at the very end, after a space or comma, so a house number alone is not taken for one.
    [GeneratedRegex(@"[\s,](\d{5}(?:-\d{4})?)$")]
    private static partial Regex TrailingZipCode();

    public static string AddressText(string addressId) => AddressIdPrefix + addressId;

    /// <summary>The address_id the request was filed with, or null when it was filed with coordinates or an address.</summary>
    public static string? AddressId(string? address) =>
        address is not null && address.StartsWith(AddressIdPrefix, StringComparison.Ordinal) && address.Length > AddressIdPrefix.Length
            ? address[AddressIdPrefix.Length..]
            : null;

    /// <summary>The ZIP code the address ends with ("44101" or "44101-1234"), or null.</summary>
    public static string? ZipCode(string? address)
    {
        if (address is null || AddressId(address) is not null)
        {
            return null;
        }

        var match = TrailingZipCode().Match(address.TrimEnd());
        return match.Success ? match.Groups[1].Value : null;
    }
}
