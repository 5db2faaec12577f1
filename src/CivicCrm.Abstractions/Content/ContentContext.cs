namespace CivicCrm.Content;

public sealed record ContentContext(ContentItem ContentItem, string? UserName);
