using System.Globalization;
using System.Net.Mail;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CivicCrm.Content.Metadata;
using Ganss.Xss;

namespace CivicCrm.Content;

/// <summary>
/// Checks one field value against its type and settings and returns the value to store (trimmed, sanitized).
/// Messages name the field by its display name, so they can be shown to editors as they are.
/// </summary>
public static partial class FieldValueValidator
{
    private static readonly HtmlSanitizer Sanitizer = new();

    [GeneratedRegex(@"^\+?[0-9 ().\-]{7,25}( ?(x|ext\.?) ?[0-9]{1,6})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PhonePattern();

    public static JsonNode? Validate(ContentFieldDefinition field, JsonNode? value, Action<string> error)
    {
        var label = string.IsNullOrWhiteSpace(field.DisplayName) ? field.Name : field.DisplayName;
        var settings = field.Settings;
        if (IsEmpty(value))
        {
            if (settings.Required)
            {
                error($"{label} is required.");
            }

            return null;
        }

        return field.FieldType switch
        {
            FieldTypes.Text or FieldTypes.MultilineText or FieldTypes.Markdown => Text(value!, label, settings, error),
            FieldTypes.Html => Html(value!, label, settings, error),
            FieldTypes.Email => Email(value!, label, settings, error),
            FieldTypes.Phone => Phone(value!, label, settings, error),
            FieldTypes.Number => Number(value!, label, settings, error),
            FieldTypes.Boolean => Boolean(value!, label, settings, error),
            FieldTypes.Date => Date(value!, label, settings, error),
            FieldTypes.DateTime => DateTimeValue(value!, label, settings, error),
            FieldTypes.Choice => Choice(value!, label, settings, error),
            FieldTypes.ContentPicker => ContentIds(value!, label, settings, error),
            FieldTypes.Address => Address(value!, label, settings, error),
            _ => value,
        };
    }

    private static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => string.IsNullOrWhiteSpace(v.GetValue<string>()),
        JsonArray a => a.Count == 0,
        _ => false,
    };

    private static JsonNode? Text(JsonNode value, string label, FieldSettings settings, Action<string> error)
    {
        if (!TryString(value, out var text))
        {
            error($"{label} must be text.");
            return value;
        }

        if (settings.MinLength is { } min && text.Length < min)
        {
            error($"{label} must be at least {min} characters long.");
        }

        if (settings.MaxLength is { } max && text.Length > max)
        {
            error($"{label} must be at most {max} characters long (it has {text.Length}).");
        }

        return text;
    }

    private static JsonNode? Html(JsonNode value, string label, FieldSettings settings, Action<string> error) =>
        Text(value, label, settings, error) is JsonValue html && html.TryGetValue<string>(out var text)
            ? Sanitizer.Sanitize(text)
            : value;

    private static JsonNode? Email(JsonNode value, string label, FieldSettings settings, Action<string> error)
    {
        var text = Text(value, label, settings, error);
        if (text is JsonValue v && v.TryGetValue<string>(out var address)
            && (!MailAddress.TryCreate(address, out var parsed) || parsed.Address != address || !parsed.Host.Contains('.', StringComparison.Ordinal)))
        {
            error($"{label} must be an email address such as name@example.org.");
        }

        return text;
    }

    private static JsonNode? Phone(JsonNode value, string label, FieldSettings settings, Action<string> error)
    {
        var text = Text(value, label, settings, error);
        if (text is JsonValue v && v.TryGetValue<string>(out var phone) && !PhonePattern().IsMatch(phone))
        {
            error($"{label} must be a phone number, e.g. +1 (555) 010-0199.");
        }

        return text;
    }

    private static JsonNode? Number(JsonNode value, string label, FieldSettings settings, Action<string> error)
    {
        var text = value is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.ToJsonString() : TryString(value, out var s) ? s : null;
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            error($"{label} must be a number.");
            return value;
        }

        if (Parse(settings.Min) is { } min && number < min)
        {
            error($"{label} must be at least {settings.Min}.");
        }

        if (Parse(settings.Max) is { } max && number > max)
        {
            error($"{label} must be at most {settings.Max}.");
        }

        return JsonValue.Create(number);

        static decimal? Parse(string? s) => decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    private static JsonNode? Boolean(JsonNode value, string label, FieldSettings settings, Action<string> error)
    {
        if (value is not JsonValue v || v.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            error($"{label} must be true or false.");
            return value;
        }

        if (settings.Required && !v.GetValue<bool>())
        {
            error($"{label} must be checked.");
        }

        return value;
    }

    private static JsonNode? Date(JsonNode value, string label, FieldSettings settings, Action<string> error)
    {
        if (!TryString(value, out var text) || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            error($"{label} must be a date written as YYYY-MM-DD.");
            return value;
        }

        if (DateOnly.TryParse(settings.Min, CultureInfo.InvariantCulture, out var min) && date < min)
        {
            error($"{label} must be on or after {settings.Min}.");
        }

        if (DateOnly.TryParse(settings.Max, CultureInfo.InvariantCulture, out var max) && date > max)
        {
            error($"{label} must be on or before {settings.Max}.");
        }

        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static JsonNode? DateTimeValue(JsonNode value, string label, FieldSettings settings, Action<string> error)
    {
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (!TryString(value, out var text) || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var moment))
        {
            error($"{label} must be a date and time in ISO 8601, e.g. 2026-05-01T09:30:00Z.");
            return value;
        }

        if (DateTimeOffset.TryParse(settings.Min, CultureInfo.InvariantCulture, styles, out var min) && moment < min)
        {
            error($"{label} must be on or after {settings.Min}.");
        }

        if (DateTimeOffset.TryParse(settings.Max, CultureInfo.InvariantCulture, styles, out var max) && moment > max)
        {
            error($"{label} must be on or before {settings.Max}.");
        }

        return moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    private static JsonNode? Choice(JsonNode value, string label, FieldSettings settings, Action<string> error)
    {
        var allowed = settings.Options.Select(o => o.Value).ToHashSet(StringComparer.Ordinal);
        var values = Strings(value, settings.Multiple, label, error);
        if (values is null)
        {
            return value;
        }

        foreach (var chosen in values.Where(v => !allowed.Contains(v)))
        {
            error($"'{chosen}' is not one of the options for {label}: {string.Join(", ", allowed)}.");
        }

        if (values.Distinct(StringComparer.Ordinal).Count() != values.Count)
        {
            error($"{label} lists the same option twice.");
        }

        return settings.Multiple ? new JsonArray(values.Select(v => (JsonNode?)v).ToArray()) : values[0];
    }

    private static JsonNode? ContentIds(JsonNode value, string label, FieldSettings settings, Action<string> error)
    {
        var values = Strings(value, multiple: true, label, error);
        if (values is null)
        {
            return value;
        }

        if (!settings.Multiple && values.Count > 1)
        {
            error($"{label} takes one item, not {values.Count}.");
        }

        return new JsonArray(values.Select(v => (JsonNode?)v).ToArray());
    }

    private static JsonNode? Address(JsonNode value, string label, FieldSettings settings, Action<string> error)
    {
        AddressValue? address = null;
        try
        {
            address = value is JsonObject ? value.Deserialize<AddressValue>(ContentItemExtensions.PartJson) : null;
        }
        catch (JsonException)
        {
            // Reported below as a shape error.
        }

        if (address is null)
        {
            error($"{label} must be an address object with street, city, state, postalCode, latitude and longitude.");
            return value;
        }

        if (address.Latitude.HasValue != address.Longitude.HasValue)
        {
            error($"{label} needs both latitude and longitude, or neither.");
        }

        if (address.Latitude is < -90 or > 90)
        {
            error($"The latitude of {label} must be between -90 and 90.");
        }

        if (address.Longitude is < -180 or > 180)
        {
            error($"The longitude of {label} must be between -180 and 180.");
        }

        if (settings.Required && string.IsNullOrWhiteSpace(address.Street) && address.Latitude is null)
        {
            error($"{label} needs a street address or a point on the map.");
        }

        return JsonSerializer.SerializeToNode(address, ContentItemExtensions.PartJson);
    }

    private static List<string>? Strings(JsonNode value, bool multiple, string label, Action<string> error)
    {
        if (TryString(value, out var single))
        {
            return [single];
        }

        if (multiple && value is JsonArray array && array.All(i => i is JsonValue v && v.GetValueKind() == JsonValueKind.String))
        {
            return array.Select(i => i!.GetValue<string>().Trim()).ToList();
        }

        error(multiple ? $"{label} must be a list of values." : $"{label} must be a single value.");
        return null;
    }

    private static bool TryString(JsonNode value, out string text)
    {
        text = "";
        if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            text = v.GetValue<string>().Trim();
            return true;
        }

        return false;
    }
}
