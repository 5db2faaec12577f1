using System.Text.Json;

namespace CivicCrm.Notifications.Templates;

/// <summary>Reads a template's preview model: a JSON object whose properties become the model's keys.</summary>
public static class SampleModel
{
    /// <summary>The model, or null with an error when the text is not a JSON object.</summary>
    public static IReadOnlyDictionary<string, object?>? TryParse(string? json, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            return new Dictionary<string, object?>();
        }

        try
        {
            var values = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json);
            return values?.ToDictionary(pair => pair.Key, pair => (object?)pair.Value) ?? new Dictionary<string, object?>();
        }
        catch (JsonException exception)
        {
            error = "The preview model must be a JSON object: " + exception.Message;
            return null;
        }
    }
}
