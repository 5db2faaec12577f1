namespace CivicCrm.KnowledgeBase;

/// <summary>
/// Names the public knowledge base pages' string resources for <c>IStringLocalizer&lt;KnowledgeBaseStrings&gt;</c>. Keys are
/// the English texts; translations live beside this file in <c>KnowledgeBaseStrings.{culture}.resx</c>.
/// </summary>
public sealed class KnowledgeBaseStrings;
