using CivicCrm.Content.Metadata;

namespace CivicCrm.Contents.ViewModels;

public sealed record FieldEditViewModel(ContentTypeDefinition Type, FieldInput Input, bool IsNew, IReadOnlyList<string> AllTypes);
