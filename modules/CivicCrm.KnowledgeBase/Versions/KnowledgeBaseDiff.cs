using CivicCrm.Content;
using CivicCrm.KnowledgeBase.Models;
using CivicCrm.KnowledgeBase.Services;

namespace CivicCrm.KnowledgeBase.Versions;

/// <summary>
/// What the knowledge base part keeps beside its declared fields, compared for the diff page: workflow status,
/// categories (by name), public address, body format and, for call scripts, every step. The declared fields
/// (summary, body, audience, tags, review date, request types) are compared by the content admin itself.
/// </summary>
public static class KnowledgeBaseDiff
{
    public static IReadOnlyList<ContentDiffEntry> Compare(KnowledgeBasePart older, KnowledgeBasePart newer, string contentItemId, Func<string, string> categoryName)
    {
        var entries = new List<ContentDiffEntry>
        {
            new("Workflow status", KnowledgeBaseStatus.Label(older.Status), KnowledgeBaseStatus.Label(newer.Status)),
            new("Categories", Categories(older, categoryName), Categories(newer, categoryName)),
            new("Public address", KnowledgeBaseUrls.Item(older.Slug, contentItemId), KnowledgeBaseUrls.Item(newer.Slug, contentItemId)),
            new("Body format", Format(older.BodyFormat), Format(newer.BodyFormat)),
        };
        if (older.Steps.Count > 0 || newer.Steps.Count > 0)
        {
            entries.AddRange(CallScriptStepDiff.Compare(older.Steps, newer.Steps));
        }

        return entries;
    }

    private static string Categories(KnowledgeBasePart part, Func<string, string> categoryName) =>
        string.Join(", ", part.Categories.Select(categoryName));

    private static string Format(string format) => format == KnowledgeBaseFormats.Html ? "HTML (imported)" : "Markdown";
}
