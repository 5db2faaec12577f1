using CivicCrm.Content;
using CivicCrm.Content.Metadata;
using CivicCrm.KnowledgeBase.Data;
using CivicCrm.KnowledgeBase.Models;

namespace CivicCrm.KnowledgeBase.Services;

/// <summary>
/// Declares the FAQ, Article and CallScript types and their shared part in code, so they exist whenever the feature
/// is used, whatever recipe set the site up. Called before the knowledge base writes an item; it only adds what is
/// missing, so fields an administrator added to these types in the content admin stay.
/// </summary>
public sealed class KnowledgeBaseDefinitions(IContentDefinitionManager definitions)
{
    private bool _ensured;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (_ensured)
        {
            return;
        }

        var part = await definitions.GetPartAsync(KnowledgeBaseItems.PartName, cancellationToken)
            ?? new ContentPartDefinition { Name = KnowledgeBaseItems.PartName, DisplayName = "Knowledge base", Description = "Summary, body, audience, tags and review date of a knowledge base item." };
        var missing = Fields().Where(f => !part.Fields.Exists(e => string.Equals(e.Name, f.Name, StringComparison.OrdinalIgnoreCase))).ToList();
        if (missing.Count > 0)
        {
            part.Fields.AddRange(missing);
            await definitions.SavePartAsync(part, cancellationToken);
        }

        foreach (var (name, displayName, description) in Types())
        {
            var type = await definitions.GetTypeAsync(name, cancellationToken);
            if (type is null)
            {
                type = new ContentTypeDefinition { Name = name, DisplayName = displayName, Description = description, Draftable = true, Creatable = false };
            }
            else if (type.Parts.Exists(p => p.Name == nameof(TitlePart)) && type.Parts.Exists(p => p.Name == KnowledgeBaseItems.PartName))
            {
                continue;
            }

            if (!type.Parts.Exists(p => p.Name == nameof(TitlePart)))
            {
                type.Parts.Insert(0, new ContentTypePartDefinition { Name = nameof(TitlePart), PartName = nameof(TitlePart), Position = 0 });
            }

            if (!type.Parts.Exists(p => p.Name == KnowledgeBaseItems.PartName))
            {
                type.Parts.Add(new ContentTypePartDefinition { Name = KnowledgeBaseItems.PartName, PartName = KnowledgeBaseItems.PartName, Position = 1 });
            }

            await definitions.SaveTypeAsync(type, cancellationToken);
        }

        _ensured = true;
    }

    private static IEnumerable<(string Name, string DisplayName, string Description)> Types() =>
    [
        (KnowledgeBaseTypes.Faq, "FAQ", "A question residents or callers ask, with its answer."),
        (KnowledgeBaseTypes.Article, "Article", "A help article: how a service works, what to expect, how to report a problem."),
        (KnowledgeBaseTypes.CallScript, "Call script", "Steps a call-taker follows for a request type: what to say, ask and check."),
    ];

    private static IEnumerable<ContentFieldDefinition> Fields() =>
    [
        new() { Name = "Summary", DisplayName = "Summary", FieldType = FieldTypes.MultilineText, Position = 0, Settings = new() { MaxLength = 1000 } },
        new() { Name = "Body", DisplayName = "Body", FieldType = FieldTypes.Markdown, Position = 1, Settings = new() { MaxLength = 100_000 } },
        new()
        {
            Name = "Audience", DisplayName = "Audience", FieldType = FieldTypes.Choice, Position = 2,
            Settings = new() { Required = true, Options = [new("public", "Public"), new("internal", "Internal (staff only)")] },
        },
        new() { Name = "Tags", DisplayName = "Tags", FieldType = FieldTypes.Text, Position = 3, Settings = new() { MaxLength = 500, Hint = "Comma-separated" } },
        new() { Name = "ReviewBy", DisplayName = "Review by", FieldType = FieldTypes.Date, Position = 4 },
        new() { Name = "RelatedRequestTypes", DisplayName = "Related request types", FieldType = FieldTypes.Text, Position = 5, Settings = new() { MaxLength = 500, Hint = "Comma-separated request type codes" } },
        new() { Name = "ReportRequestType", DisplayName = "Report this problem as", FieldType = FieldTypes.Text, Position = 6, Settings = new() { MaxLength = 64 } },
    ];
}
