using CivicCrm.Content.Metadata;

namespace CivicCrm.Contents.ViewModels;

/// <summary>A part of a type as the editor shows it: its fields in order (the title part gets a Title field).</summary>
public sealed record ShapePart(string Name, string DisplayName, bool IsTitle, IReadOnlyList<ContentFieldDefinition> Fields);
