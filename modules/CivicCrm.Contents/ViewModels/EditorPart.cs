namespace CivicCrm.Contents.ViewModels;

public sealed record EditorPart(string Name, string DisplayName, bool IsTitle, IReadOnlyList<EditorField> Fields);
