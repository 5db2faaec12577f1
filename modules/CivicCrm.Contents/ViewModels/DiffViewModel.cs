using CivicCrm.Content;
using CivicCrm.Content.Metadata;

namespace CivicCrm.Contents.ViewModels;

public sealed record DiffViewModel(ContentTypeDefinition Type, ContentItem From, ContentItem To, IReadOnlyList<DiffRow> Rows);
