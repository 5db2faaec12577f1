namespace CivicCrm.KnowledgeBase.Models;

public static class KnowledgeBaseFormats
{
    public const string Markdown = "markdown";
    public const string Html = "html";
}
