using CivicCrm.Content.Metadata;

namespace CivicCrm.Contents.ViewModels;

/// <summary>The type editor: its settings, its parts in order, the fields of its own part, parts that could be attached.</summary>
public sealed class ContentTypeEditViewModel
{
    public required ContentTypeDefinition Type { get; init; }
    public required ContentTypeInput Input { get; init; }
    public required IReadOnlyList<ContentTypePartDefinition> Parts { get; init; }

    /// <summary>The part named after the type, which holds its own fields; null until it has one.</summary>
    public ContentPartDefinition? OwnPart { get; init; }

    public required IReadOnlyList<string> AttachableParts { get; init; }
}
