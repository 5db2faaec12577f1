using System.Text.RegularExpressions;
using CivicCrm.Content.Metadata;

namespace CivicCrm.Content;

/// <summary>Checks definitions before they are saved, naming the path of every problem.</summary>
public static partial class ContentDefinitionValidator
{
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,99}$")]
    private static partial Regex Identifier();

    public static List<ContentValidationError> ValidateType(ContentTypeDefinition type, string path = "")
    {
        var errors = new List<ContentValidationError>();
        CheckName(type.Name, Join(path, "Name"), errors);
        foreach (var group in type.Parts.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add(new(Join(path, "Parts"), $"The part '{group.Key}' is attached more than once; give the copies different names."));
        }

        for (var i = 0; i < type.Parts.Count; i++)
        {
            var part = type.Parts[i];
            CheckName(part.Name, Join(path, $"Parts[{i}].Name"), errors);
            if (!string.IsNullOrEmpty(part.PartName))
            {
                CheckName(part.PartName, Join(path, $"Parts[{i}].PartName"), errors);
            }
        }

        return errors;
    }

    public static List<ContentValidationError> ValidatePart(ContentPartDefinition part, string path = "")
    {
        var errors = new List<ContentValidationError>();
        CheckName(part.Name, Join(path, "Name"), errors);
        foreach (var group in part.Fields.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add(new(Join(path, "Fields"), $"The field name '{group.Key}' is used more than once."));
        }

        for (var i = 0; i < part.Fields.Count; i++)
        {
            ValidateField(part.Fields[i], Join(path, $"Fields[{i}]"), errors);
        }

        return errors;
    }

    private static void ValidateField(ContentFieldDefinition field, string path, List<ContentValidationError> errors)
    {
        CheckName(field.Name, Join(path, "Name"), errors);
        if (!FieldTypes.All.Contains(field.FieldType, StringComparer.Ordinal))
        {
            errors.Add(new(Join(path, "FieldType"), $"Unknown field type '{field.FieldType}'. Use one of: {string.Join(", ", FieldTypes.All)}."));
        }

        var settings = field.Settings;
        if (settings.MinLength is < 0 || settings.MaxLength is < 1)
        {
            errors.Add(new(Join(path, "Settings"), "Length limits must be positive."));
        }

        if (settings.MinLength > settings.MaxLength)
        {
            errors.Add(new(Join(path, "Settings.MinLength"), "The minimum length is greater than the maximum length."));
        }

        if (field.FieldType == FieldTypes.Choice)
        {
            if (settings.Options.Count == 0)
            {
                errors.Add(new(Join(path, "Settings.Options"), "A choice field needs at least one option."));
            }

            foreach (var group in settings.Options.GroupBy(o => o.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                errors.Add(new(Join(path, "Settings.Options"), $"The option value '{group.Key}' is listed more than once."));
            }
        }

        if (field.FieldType is FieldTypes.Number && (!IsNumberOrEmpty(settings.Min) || !IsNumberOrEmpty(settings.Max)))
        {
            errors.Add(new(Join(path, "Settings"), "Min and Max of a number field must be numbers."));
        }
    }

    private static bool IsNumberOrEmpty(string? value) =>
        string.IsNullOrEmpty(value) || decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static void CheckName(string name, string path, List<ContentValidationError> errors)
    {
        if (!Identifier().IsMatch(name ?? ""))
        {
            errors.Add(new(path, $"'{name}' is not a valid name: use letters, digits and underscores, starting with a letter."));
        }
    }

    private static string Join(string path, string member) => path.Length == 0 ? member : $"{path}.{member}";
}
