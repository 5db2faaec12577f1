using System.Text.Json.Nodes;
using CivicCrm.Content;
using CivicCrm.Content.Metadata;
using CivicCrm.Contents.ViewModels;
using CivicCrm.Indexing;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Contents.Services;

/// <summary>Turns a type's definition and an item's content into the editor's parts and fields.</summary>
public sealed class ContentEditorBuilder(IContentDefinitionManager definitions, DbContext db)
{
    private const int MaxPickerOptions = 500;

    public static readonly ContentFieldDefinition TitleField = new()
    {
        Name = nameof(TitlePart.Title),
        DisplayName = "Title",
        FieldType = FieldTypes.Text,
        Settings = new FieldSettings { Required = true, MaxLength = 500 },
    };

    /// <summary>The type's parts in order, each with its fields in order; parts without fields are left out.</summary>
    public async Task<IReadOnlyList<ShapePart>> ShapeAsync(ContentTypeDefinition type, CancellationToken cancellationToken)
    {
        var shape = new List<ShapePart>();
        foreach (var typePart in type.Parts.OrderBy(p => p.Position))
        {
            var isTitle = typePart.PartName == nameof(TitlePart);
            var part = await definitions.GetPartAsync(typePart.PartName, cancellationToken);
            var fields = (part?.Fields ?? []).OrderBy(f => f.Position).ToList();
            if (isTitle)
            {
                fields.Insert(0, TitleField);
            }

            if (fields.Count > 0)
            {
                var displayName = typePart.Name == type.Name ? type.DisplayName : part?.DisplayName ?? typePart.Name;
                shape.Add(new ShapePart(typePart.Name, displayName, isTitle, fields));
            }
        }

        return shape;
    }

    public async Task<IReadOnlyList<EditorPart>> PartsAsync(IReadOnlyList<ShapePart> shape, JsonObject content, CancellationToken cancellationToken)
    {
        var parts = new List<EditorPart>();
        foreach (var part in shape)
        {
            var fields = new List<EditorField>();
            foreach (var field in part.Fields)
            {
                var options = field.FieldType == FieldTypes.ContentPicker ? await PickerOptionsAsync(field.Settings, cancellationToken) : [];
                fields.Add(new EditorField(part.Name, field, (content[part.Name] as JsonObject)?[field.Name], options));
            }

            parts.Add(new EditorPart(part.Name, part.DisplayName, part.IsTitle, fields));
        }

        return parts;
    }

    /// <summary>Display texts of items, for showing picked ids by name.</summary>
    public async Task<IReadOnlyDictionary<string, string>> DisplayTextsAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        var rows = await db.Set<ContentItemIndex>().AsNoTracking()
            .Where(i => i.Latest && wanted.Contains(i.ContentItemId))
            .Select(i => new { i.ContentItemId, i.DisplayText })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ContentItemId).ToDictionary(g => g.Key, g => g.First().DisplayText, StringComparer.Ordinal);
    }

    private async Task<IReadOnlyList<PickerOption>> PickerOptionsAsync(FieldSettings settings, CancellationToken cancellationToken)
    {
        var query = db.Set<ContentItemIndex>().AsNoTracking().Where(i => i.Latest);
        if (settings.ContentTypes.Count > 0)
        {
            var types = settings.ContentTypes;
            query = query.Where(i => types.Contains(i.ContentType));
        }

        return await query.OrderBy(i => i.DisplayText).Take(MaxPickerOptions)
            .Select(i => new PickerOption(i.ContentItemId, i.DisplayText, i.ContentType))
            .ToListAsync(cancellationToken);
    }
}
