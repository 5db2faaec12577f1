using CivicCrm.Content;
using CivicCrm.Content.Metadata;

namespace CivicCrm.Contents.ViewModels;

/// <summary>A version read-only: each field as text, Markdown and HTML fields as sanitized HTML.</summary>
public sealed record PreviewViewModel(ContentTypeDefinition Type, ContentItem Item, IReadOnlyList<PreviewField> Fields);
