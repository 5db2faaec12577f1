using System.Globalization;
using System.Text.Json.Nodes;
using CivicCrm.Content.Metadata;
using CivicCrm.Contents.ViewModels;

namespace CivicCrm.Contents.Services;

/// <summary>Between a field definition and the settings form: options as lines, the default as text.</summary>
public static class FieldInputMapper
{
    public static FieldInput ToInput(ContentFieldDefinition field) => new()
    {
        Name = field.Name,
        DisplayName = field.DisplayName,
        FieldType = field.FieldType,
        Required = field.Settings.Required,
        Hint = field.Settings.Hint,
        Default = field.Settings.Default switch
        {
            null => null,
            JsonArray array => string.Join(", ", FieldDisplay.Strings(array)),
            var node => FieldDisplay.Raw(node),
        },
        Min = field.Settings.Min,
        Max = field.Settings.Max,
        MinLength = field.Settings.MinLength,
        MaxLength = field.Settings.MaxLength,
        Options = string.Join("\n", field.Settings.Options.Select(o => o.Value == o.Label ? o.Value : $"{o.Value}|{o.Label}")),
        Multiple = field.Settings.Multiple,
        ContentTypes = [.. field.Settings.ContentTypes],
    };

    public static void Apply(FieldInput input, ContentFieldDefinition field)
    {
        field.DisplayName = input.DisplayName.Trim();
        field.FieldType = input.FieldType;
        field.Settings = new FieldSettings
        {
            Required = input.Required,
            Hint = Blank(input.Hint),
            Min = Blank(input.Min),
            Max = Blank(input.Max),
            MinLength = input.MinLength,
            MaxLength = input.MaxLength,
            Multiple = input.Multiple,
            Options = ParseOptions(input.Options),
            ContentTypes = input.FieldType == FieldTypes.ContentPicker ? input.ContentTypes.Where(t => !string.IsNullOrWhiteSpace(t)).ToList() : [],
        };
        field.Settings.Default = DefaultValue(input, field.Settings);
    }

    private static List<ChoiceOption> ParseOptions(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries))
            .Select(pair => new ChoiceOption(pair[0], pair.Length > 1 && pair[1].Length > 0 ? pair[1] : pair[0]))
            .ToList();

    /// <summary>The default in the shape the field stores: a number, a boolean, a list for multiple choices, else text.</summary>
    private static JsonNode? DefaultValue(FieldInput input, FieldSettings settings)
    {
        var text = Blank(input.Default);
        if (text is null || input.FieldType is FieldTypes.ContentPicker or FieldTypes.Address)
        {
            return null;
        }

        return input.FieldType switch
        {
            FieldTypes.Number when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
            FieldTypes.Boolean => JsonValue.Create(text.Equals("true", StringComparison.OrdinalIgnoreCase) || text == "1"),
            FieldTypes.Choice when settings.Multiple => new JsonArray(text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(v => (JsonNode?)v).ToArray()),
            _ => JsonValue.Create(text),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
