using CivicCrm.Content;
using CivicCrm.Content.Metadata;

namespace CivicCrm.Contents.ViewModels;

/// <summary>The generated editor of one item: its parts and fields, the version it was read from, what the user may do.</summary>
public sealed class ContentEditorViewModel
{
    public required ContentTypeDefinition Type { get; init; }

    /// <summary>The version being edited; for a conflict, the current one (so saving again applies yours over theirs).</summary>
    public required ContentItem Item { get; init; }

    public required IReadOnlyList<EditorPart> Parts { get; init; }
    public required TimeZoneInfo Zone { get; init; }
    public bool HasPublishedVersion { get; init; }
    public bool CanPublish { get; init; }

    /// <summary>When the save was refused as stale: theirs (Old) against yours (New), field by field.</summary>
    public IReadOnlyList<DiffRow>? Conflict { get; init; }

    public ContentItem? Theirs { get; init; }

    public bool IsNew => string.IsNullOrEmpty(Item.ContentItemId);

    public string BaseUrl => $"/admin/content/{Type.Name}/{Item.ContentItemId}";
}
