using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;

namespace CivicCrm.Localization;

/// <summary>
/// The cultures a site offers, from its settings: <c>Culture</c> (the default) and <c>SupportedCultures</c>.
/// Names that are not real cultures are ignored; with nothing usable the site is <c>en-US</c> only.
/// </summary>
internal sealed class SiteCultures
{
    private const string Fallback = "en-US";

    private SiteCultures(CultureInfo defaultCulture, IReadOnlyList<CultureInfo> supported)
    {
        Default = defaultCulture;
        Supported = supported;
        Key = defaultCulture.Name + "|" + string.Join(",", supported.Select(c => c.Name));
    }

    public CultureInfo Default { get; }

    public IReadOnlyList<CultureInfo> Supported { get; }

    /// <summary>Equal for equal settings, so built options can be reused until the settings change.</summary>
    public string Key { get; }

    public static SiteCultures From(JsonObject settings)
    {
        var supported = (settings["SupportedCultures"] as JsonArray ?? [])
            .Select(n => n is JsonValue v && v.TryGetValue<string>(out var name) ? Find(name) : null)
            .OfType<CultureInfo>()
            .DistinctBy(c => c.Name)
            .ToList();
        var configured = settings["Culture"] is JsonValue value && value.TryGetValue<string>(out var name) ? Find(name) : null;
        var defaultCulture = configured ?? supported.FirstOrDefault() ?? CultureInfo.GetCultureInfo(Fallback);
        if (!supported.Any(c => c.Name == defaultCulture.Name))
        {
            supported.Insert(0, defaultCulture);
        }

        return new SiteCultures(defaultCulture, supported);
    }

    /// <summary>Request localization for these cultures: the culture cookie first, then the browser's languages.</summary>
    public RequestLocalizationOptions ToOptions() => new()
    {
        DefaultRequestCulture = new RequestCulture(Default),
        SupportedCultures = [.. Supported],
        SupportedUICultures = [.. Supported],
        RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()],
    };

    private static CultureInfo? Find(string name)
    {
        try
        {
            return string.IsNullOrWhiteSpace(name) ? null : CultureInfo.GetCultureInfo(name.Trim(), predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
