namespace CivicCrm.KnowledgeBase.Services;

/// <summary>A problem with one item of a recipe or import, by its index in the list and the field at fault.</summary>
public sealed record KnowledgeBaseItemError(int Index, string Field, string Message);
