using CivicCrm.Content;
using CivicCrm.Content.Metadata;

namespace CivicCrm.Contents.ViewModels;

public sealed record VersionsViewModel(ContentTypeDefinition Type, ContentItem Latest, IReadOnlyList<ContentItem> Versions, bool CanRestore);
