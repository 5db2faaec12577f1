using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Content;

namespace CivicCrm.Benchmarks;

/// <summary>
/// Knowledge-base items for the search benchmarks: variants of real city service articles (a JSON array of
/// <c>{ title, categories, brief_description, body_text }</c>, e.g. New York City's 311 service articles), named by
/// <c>CIVICCRM_BENCH_KB</c>. Each variant keeps an article's words and category and shuffles its sentences, so term
/// statistics look like a real knowledge base many times over.
/// </summary>
public static class KbArticles
{
    public sealed record Article(string Title, string Summary, string Body, string Category);

    public static IReadOnlyList<Article> Load()
    {
        var path = Environment.GetEnvironmentVariable("CIVICCRM_BENCH_KB")
            ?? throw new InvalidOperationException("Set CIVICCRM_BENCH_KB to the JSON file of service articles (see docs/BENCHMARKS.md).");
        var items = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        return items.Select(i => new Article(
            i!["title"]!.GetValue<string>(),
            i["brief_description"]?.GetValue<string>() ?? "",
            i["body_text"]?.GetValue<string>() ?? "",
            i["categories"]?.AsArray().FirstOrDefault()?.GetValue<string>() ?? "General")).ToList();
    }

    /// <summary>The <paramref name="count"/> items: the articles, then variants numbered in the title, sentences shuffled.</summary>
    public static IEnumerable<ContentItem> Variants(IReadOnlyList<Article> articles, int count, int seed = 311)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var article = articles[i % articles.Count];
            var sentences = article.Body.Split(['.', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            var body = i < articles.Count ? article.Body : string.Join(". ", sentences.OrderBy(_ => random.Next()));
            var title = i < articles.Count ? article.Title : $"{article.Title} ({i / articles.Count})";
            yield return new ContentItem
            {
                ContentItemId = $"kb{i:D7}",
                ContentType = "Article",
                DisplayText = title,
                Published = true,
                Content = new JsonObject
                {
                    ["Kb"] = new JsonObject { ["Title"] = title, ["Summary"] = article.Summary, ["Body"] = body, ["Category"] = article.Category },
                },
            };
        }
    }

    /// <summary>Residents' phrasing of common 311 questions, as typed into a search box.</summary>
    public static readonly string[] Queries =
    [
        "noise complaint neighbor", "heat hot water apartment", "rats in my building", "pothole on my street", "broken street light",
        "missed garbage pickup", "bed bugs landlord", "parking ticket dispute", "graffiti removal", "dead animal on road",
        "tree branch fell", "abandoned car", "water leak ceiling", "sidewalk repair", "recycling schedule",
        "lost property", "mold apartment", "illegal dumping", "snow removal sidewalk", "birth certificate copy",
    ];

    public static string ToJson(ContentItem item) => JsonSerializer.Serialize(item.Content);
}
