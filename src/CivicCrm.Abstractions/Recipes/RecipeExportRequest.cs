namespace CivicCrm.Recipes;

/// <summary>What to export: the definitions of these types and, optionally, their published and draft items.</summary>
public sealed record RecipeExportRequest(IReadOnlyList<string> ContentTypes, bool IncludeContent = true, string Name = "export");
