using CivicCrm.Content;
using CivicCrm.Content.Metadata;
using CivicCrm.Contents.ViewModels;
using CivicCrm.Modules;

namespace CivicCrm.Contents.Services;

/// <summary>
/// The rows of the diff page: each part's declared fields, then what the enabled part diff contributors add for that
/// part (script steps, categories kept as slugs, …), so the Contents module needs to know nothing about those parts.
/// </summary>
public sealed class ContentDiffBuilder(ContentEditorBuilder builder, SiteTimeZone zone, IEnabledServices<IContentPartDiffContributor> contributors)
{
    public async Task<IReadOnlyList<DiffRow>> CompareAsync(ContentTypeDefinition type, ContentItem older, ContentItem newer, CancellationToken cancellationToken)
    {
        var shape = await builder.ShapeAsync(type, cancellationToken);
        var names = await builder.DisplayTextsAsync(ContentComparer.PickedIds(shape, older.Content, newer.Content), cancellationToken);
        var tz = await zone.GetAsync(cancellationToken);
        var rows = new List<DiffRow>();
        foreach (var typePart in type.Parts.OrderBy(p => p.Position))
        {
            var part = shape.FirstOrDefault(p => p.Name == typePart.Name);
            if (part is not null)
            {
                rows.AddRange(ContentComparer.ComparePart(part, older.Content, newer.Content, tz, names));
            }

            foreach (var contributor in contributors.All.Where(c => string.Equals(c.PartName, typePart.PartName, StringComparison.Ordinal)))
            {
                var partName = part?.DisplayName ?? typePart.Name;
                var entries = await contributor.CompareAsync(older, newer, cancellationToken);
                rows.AddRange(entries.Select(e => new DiffRow(partName, e.Label, e.Old, e.New)));
            }
        }

        return rows;
    }
}
