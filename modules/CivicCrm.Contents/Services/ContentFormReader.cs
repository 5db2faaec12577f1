using System.Globalization;
using System.Text.Json.Nodes;
using CivicCrm.Content;
using CivicCrm.Content.Metadata;
using CivicCrm.Contents.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CivicCrm.Contents.Services;

/// <summary>
/// Reads the generated editor's form into an item's parts. Values keep the shapes the platform validates
/// (strings, lists, address objects); the platform then checks and normalizes them. Only what the form
/// cannot express (a latitude that is not a number) is reported here.
/// </summary>
public static class ContentFormReader
{
    public static void Read(IFormCollection form, IReadOnlyList<ShapePart> shape, ContentItem item, TimeZoneInfo zone, ModelStateDictionary errors)
    {
        foreach (var part in shape)
        {
            foreach (var field in part.Fields)
            {
                var path = $"{part.Name}.{field.Name}";
                item.SetField(part.Name, field.Name, ReadField(form, "c." + path, field, zone, message => errors.AddModelError(path, message)));
            }
        }
    }

    private static JsonNode? ReadField(IFormCollection form, string name, ContentFieldDefinition field, TimeZoneInfo zone, Action<string> error)
    {
        var values = form[name].Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).ToList();
        var one = values.FirstOrDefault();
        return field.FieldType switch
        {
            FieldTypes.Boolean => JsonValue.Create(values.Contains("true", StringComparer.Ordinal)),
            FieldTypes.DateTime => one is null ? null : JsonValue.Create(LocalToUtc(one, zone)),
            FieldTypes.ContentPicker => values.Count == 0 ? null : new JsonArray(values.Select(v => (JsonNode?)v).ToArray()),
            FieldTypes.Choice when field.Settings.Multiple => values.Count == 0 ? null : new JsonArray(values.Select(v => (JsonNode?)v).ToArray()),
            FieldTypes.Address => ReadAddress(form, name, field, error),
            _ => one is null ? null : JsonValue.Create(one),
        };
    }

    /// <summary>A <c>datetime-local</c> value is the city's local time; it is stored in UTC.</summary>
    private static string LocalToUtc(string value, TimeZoneInfo zone)
    {
        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];
        if (!DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return value; // the platform reports it
        }

        var utc = zone.IsInvalidTime(local) ? TimeZoneInfo.ConvertTimeToUtc(local.AddHours(1), zone) : TimeZoneInfo.ConvertTimeToUtc(local, zone);
        return utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    private static JsonObject? ReadAddress(IFormCollection form, string name, ContentFieldDefinition field, Action<string> error)
    {
        string? Part(string key) => form[$"{name}.{key}"].FirstOrDefault()?.Trim() is { Length: > 0 } v ? v : null;
        var label = string.IsNullOrWhiteSpace(field.DisplayName) ? field.Name : field.DisplayName;
        var address = new JsonObject
        {
            ["street"] = Part("street"),
            ["city"] = Part("city"),
            ["state"] = Part("state"),
            ["postalCode"] = Part("postalCode"),
            ["latitude"] = Coordinate(Part("latitude"), $"The latitude of {label}"),
            ["longitude"] = Coordinate(Part("longitude"), $"The longitude of {label}"),
        };
        return address.All(p => p.Value is null) ? null : address;

        JsonNode? Coordinate(string? text, string what)
        {
            if (text is null)
            {
                return null;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            {
                return JsonValue.Create(number);
            }

            error($"{what} must be a number in decimal degrees, e.g. 41.8781.");
            return null;
        }
    }
}
