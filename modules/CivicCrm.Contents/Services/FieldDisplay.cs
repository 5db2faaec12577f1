using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Content;
using CivicCrm.Content.Metadata;

namespace CivicCrm.Contents.Services;

/// <summary>A stored field value as plain text for people: option labels, local times, addresses on one line.</summary>
public static class FieldDisplay
{
    public static string Text(ContentFieldDefinition field, JsonNode? value, TimeZoneInfo zone, IReadOnlyDictionary<string, string>? names = null)
    {
        if (value is null)
        {
            return "";
        }

        return field.FieldType switch
        {
            FieldTypes.Boolean => value is JsonValue b && b.GetValueKind() == JsonValueKind.True ? "Yes" : "No",
            FieldTypes.Choice => string.Join(", ", Strings(value).Select(v => field.Settings.Options.Find(o => o.Value == v)?.Label ?? v)),
            FieldTypes.ContentPicker => string.Join(", ", Strings(value).Select(id => names?.GetValueOrDefault(id) is { } n ? $"{n} ({id})" : id)),
            FieldTypes.DateTime => LocalTime(value, zone),
            FieldTypes.Address => Address(value),
            _ => value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : value.ToJsonString(),
        };
    }

    /// <summary>A stored UTC date-time as the <c>datetime-local</c> input value in the city's time zone.</summary>
    public static string LocalInputValue(JsonNode? value, TimeZoneInfo zone) =>
        Utc(value) is { } utc ? TimeZoneInfo.ConvertTimeFromUtc(utc, zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : Raw(value);

    public static IReadOnlyList<string> Strings(JsonNode? value) => value switch
    {
        JsonArray array => array.Select(i => i?.ToString() ?? "").ToList(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
        null => [],
        _ => [value.ToJsonString()],
    };

    public static string Raw(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => value.ToJsonString(),
    };

    public static AddressValue AddressOf(JsonNode? value)
    {
        try
        {
            return value is JsonObject ? value.Deserialize<AddressValue>(ContentItemExtensions.PartJson) ?? new() : new();
        }
        catch (JsonException)
        {
            return new();
        }
    }

    private static string LocalTime(JsonNode value, TimeZoneInfo zone) =>
        Utc(value) is { } utc
            ? TimeZoneInfo.ConvertTimeFromUtc(utc, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + zone.Id
            : Raw(value);

    private static DateTime? Utc(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String
        && DateTime.TryParse(v.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
            ? DateTime.SpecifyKind(utc, DateTimeKind.Utc)
            : null;

    private static string Address(JsonNode value)
    {
        var a = AddressOf(value);
        var lines = new[] { a.Street, a.City, a.State, a.PostalCode }.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        if (a.Latitude is { } lat && a.Longitude is { } lon)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"({lat}, {lon})"));
        }

        return string.Join(", ", lines);
    }
}
