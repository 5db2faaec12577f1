namespace CivicCrm.KnowledgeBase.Models;

/// <summary>A node of the category tree. Items refer to categories by <see cref="Slug"/>, which stays when renamed.</summary>
public sealed class KnowledgeBaseCategory
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Slug { get; set; } = "";

    public int? ParentId { get; set; }

    public int Position { get; set; }
}
