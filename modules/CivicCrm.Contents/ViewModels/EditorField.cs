using System.Text.Json.Nodes;
using CivicCrm.Content.Metadata;

namespace CivicCrm.Contents.ViewModels;

/// <summary>One field in the content editor: its definition, its current value and, for pickers, what may be picked.</summary>
public sealed record EditorField(string PartName, ContentFieldDefinition Definition, JsonNode? Value, IReadOnlyList<PickerOption> PickerOptions)
{
    /// <summary>The validation path, <c>Part.Field</c>, also the key of its errors in the model state.</summary>
    public string Path => $"{PartName}.{Definition.Name}";

    /// <summary>The form field name; prefixed so a part can never collide with the form's own fields.</summary>
    public string InputName => "c." + Path;

    public string Id => "f-" + PartName + "-" + Definition.Name;

    public string Label => string.IsNullOrWhiteSpace(Definition.DisplayName) ? Definition.Name : Definition.DisplayName;
}
