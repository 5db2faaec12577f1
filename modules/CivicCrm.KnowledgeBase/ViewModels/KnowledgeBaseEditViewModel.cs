using System.Globalization;
using CivicCrm.KnowledgeBase.Models;
using CivicCrm.KnowledgeBase.Services;

namespace CivicCrm.KnowledgeBase.ViewModels;

/// <summary>The editor form of an FAQ, article or call script. Script steps are rows; branches are "answer -> step id" lines.</summary>
public sealed class KnowledgeBaseEditViewModel
{
    public const int BlankSteps = 3;

    public string? Id { get; set; }
    public string? VersionId { get; set; }
    public string ContentType { get; set; } = KnowledgeBaseTypes.Faq;
    public string Title { get; set; } = "";
    public string? Summary { get; set; }
    public string? Body { get; set; }
    public string BodyFormat { get; set; } = KnowledgeBaseFormats.Markdown;
    public string Audience { get; set; } = KnowledgeBaseAudiences.Public;
    public string? Tags { get; set; }
    public string? ReviewBy { get; set; }
    public string? RelatedRequestTypes { get; set; }
    public string? ReportRequestType { get; set; }
    public string? ExternalId { get; set; }
    public List<string> Categories { get; set; } = [];
    public List<StepRow> Steps { get; set; } = [];

    // Shown, not posted.
    public string Status { get; set; } = KnowledgeBaseStatus.Draft;
    public bool HasPublished { get; set; }
    public string? Slug { get; set; }
    public string? ReviewComment { get; set; }
    public int RecentViews { get; set; }
    public CategoryTree? Tree { get; set; }
    public IReadOnlyList<(string Path, string Message)> Errors { get; set; } = [];

    public sealed class StepRow
    {
        public string? Id { get; set; }
        public string? Kind { get; set; }
        public string? Text { get; set; }

        /// <summary>One branch per line: <c>answer -> step id</c>.</summary>
        public string? Branches { get; set; }
    }

    public static KnowledgeBaseEditViewModel From(string id, string versionId, string contentType, string title, bool hasPublished, KnowledgeBasePart part) => new()
    {
        Id = id,
        VersionId = versionId,
        ContentType = contentType,
        Title = title,
        Summary = part.Summary,
        Body = part.Body,
        BodyFormat = part.BodyFormat,
        Audience = part.Audience,
        Tags = part.Tags,
        ReviewBy = part.ReviewBy,
        RelatedRequestTypes = part.RelatedRequestTypes,
        ReportRequestType = part.ReportRequestType,
        ExternalId = part.ExternalId,
        Categories = [.. part.Categories],
        Steps = part.Steps.Select(s => new StepRow
        {
            Id = s.Id,
            Kind = s.Kind,
            Text = s.Text,
            Branches = string.Join("\n", s.Branches.Select(b => $"{b.Answer} -> {b.Goto}")),
        }).ToList(),
        Status = part.Status,
        HasPublished = hasPublished,
        Slug = part.Slug,
        ReviewComment = part.ReviewComment,
    };

    public KnowledgeBaseDraft ToDraft() => new()
    {
        ContentType = ContentType,
        ExternalId = ExternalId,
        Title = Title?.Trim() ?? "",
        Summary = Summary,
        Body = Body,
        BodyFormat = BodyFormat,
        Audience = Audience,
        Tags = Tags,
        ReviewBy = ReviewBy,
        RelatedRequestTypes = RelatedRequestTypes,
        ReportRequestType = ReportRequestType,
        Categories = [.. Categories],
        Steps = ContentType != KnowledgeBaseTypes.CallScript ? [] : Steps
            .Where(s => !string.IsNullOrWhiteSpace(s.Text) || !string.IsNullOrWhiteSpace(s.Id))
            .Select((s, i) => new CallScriptStep
            {
                Id = string.IsNullOrWhiteSpace(s.Id) ? (i + 1).ToString(CultureInfo.InvariantCulture) : s.Id.Trim(),
                Kind = s.Kind ?? CallScriptStepKinds.Say,
                Text = s.Text?.Trim() ?? "",
                Branches = (s.Branches ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(line => line.Split("->", 2, StringSplitOptions.TrimEntries))
                    .Select(parts => new CallScriptBranch { Answer = parts[0], Goto = parts.Length > 1 ? parts[1] : "" })
                    .ToList(),
            }).ToList(),
    };
}
