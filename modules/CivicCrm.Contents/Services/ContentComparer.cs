using System.Text.Json.Nodes;
using CivicCrm.Contents.ViewModels;

namespace CivicCrm.Contents.Services;

/// <summary>Compares two versions' content field by field, in the order the type's definition gives.</summary>
public static class ContentComparer
{
    public static IReadOnlyList<DiffRow> Compare(
        IReadOnlyList<ShapePart> shape, JsonObject older, JsonObject newer, TimeZoneInfo zone, IReadOnlyDictionary<string, string>? names = null) =>
        shape.SelectMany(part => ComparePart(part, older, newer, zone, names)).ToList();

    /// <summary>The declared fields of one part.</summary>
    public static IEnumerable<DiffRow> ComparePart(
        ShapePart part, JsonObject older, JsonObject newer, TimeZoneInfo zone, IReadOnlyDictionary<string, string>? names = null)
    {
        foreach (var field in part.Fields)
        {
            var before = (older[part.Name] as JsonObject)?[field.Name];
            var after = (newer[part.Name] as JsonObject)?[field.Name];
            var label = string.IsNullOrWhiteSpace(field.DisplayName) ? field.Name : field.DisplayName;
            yield return new DiffRow(part.DisplayName, label, FieldDisplay.Text(field, before, zone, names), FieldDisplay.Text(field, after, zone, names));
        }
    }

    /// <summary>Every content item id that picker fields of either side name, to show them by title.</summary>
    public static IEnumerable<string> PickedIds(IReadOnlyList<ShapePart> shape, params JsonObject[] contents) =>
        from content in contents
        from part in shape
        from field in part.Fields
        where field.FieldType == Content.Metadata.FieldTypes.ContentPicker
        from id in FieldDisplay.Strings((content[part.Name] as JsonObject)?[field.Name])
        select id;
}
