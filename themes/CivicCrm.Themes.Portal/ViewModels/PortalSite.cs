using System.Globalization;
using System.Text.Json.Nodes;

namespace CivicCrm.Themes.Portal.ViewModels;

/// <summary>What the portal layout shows of the site settings: name, logo, contact and languages.</summary>
public sealed record PortalSite(
    string SiteName,
    string? LogoUrl,
    string? ContactPhone,
    string? ContactPhoneFromOutside,
    string? ContactEmail,
    IReadOnlyList<CultureInfo> Cultures)
{
    public static PortalSite From(JsonObject settings) => new(
        Text(settings, "SiteName") ?? "CivicCrm",
        LocalUrl(Text(settings, "LogoUrl")),
        Text(settings, "ContactPhone"),
        Text(settings, "ContactPhoneFromOutside"),
        Text(settings, "ContactEmail"),
        ReadCultures(settings));

    /// <summary>The language's own name, capitalized: "English", "Español".</summary>
    public static string LanguageName(CultureInfo culture)
    {
        var name = culture.Parent.NativeName is { Length: > 0 } parent && !culture.Parent.Equals(CultureInfo.InvariantCulture) ? parent : culture.NativeName;
        return culture.TextInfo.ToTitleCase(name);
    }

    /// <summary>A phone number as a <c>tel:</c> link target: digits and a leading plus only.</summary>
    public static string TelLink(string phone) => "tel:" + new string(phone.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == 0)).ToArray());

    private static string? Text(JsonObject settings, string key) =>
        settings[key] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    /// <summary>Only a logo served by this site: the portal never loads anything from another host.</summary>
    private static string? LocalUrl(string? url) =>
        url is not null && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : null;

    private static List<CultureInfo> ReadCultures(JsonObject settings)
    {
        var cultures = new List<CultureInfo>();
        foreach (var node in settings["SupportedCultures"] as JsonArray ?? [])
        {
            if (node is JsonValue value && value.TryGetValue<string>(out var name))
            {
                try
                {
                    cultures.Add(CultureInfo.GetCultureInfo(name, predefinedOnly: true));
                }
                catch (CultureNotFoundException)
                {
                    // A name that is not a culture is ignored, as request localization ignores it.
                }
            }
        }

        return cultures;
    }
}
