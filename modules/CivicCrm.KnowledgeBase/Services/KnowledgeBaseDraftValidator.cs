using CivicCrm.Content;
using CivicCrm.KnowledgeBase.Models;

namespace CivicCrm.KnowledgeBase.Services;

/// <summary>Checks what the platform's field validation cannot: audience, body format, categories and script steps.</summary>
public static class KnowledgeBaseDraftValidator
{
    public static List<ContentValidationError> Validate(KnowledgeBaseDraft draft, CategoryTree categories)
    {
        var errors = new List<ContentValidationError>();
        if (!KnowledgeBaseTypes.All.Contains(draft.ContentType))
        {
            errors.Add(new("type", "The type must be faq, article or script."));
        }

        if (string.IsNullOrWhiteSpace(draft.Title))
        {
            errors.Add(new("title", "A title is required."));
        }

        if (!KnowledgeBaseAudiences.All.Contains(draft.Audience))
        {
            errors.Add(new("audience", "The audience must be public or internal."));
        }

        if (draft.BodyFormat is not (KnowledgeBaseFormats.Markdown or KnowledgeBaseFormats.Html))
        {
            errors.Add(new("bodyFormat", "The body format must be markdown or html."));
        }

        if (draft.ExternalId is { Length: > 200 })
        {
            errors.Add(new("externalId", "An external id has at most 200 characters."));
        }

        if (!string.IsNullOrWhiteSpace(draft.ReviewBy) && !DateOnly.TryParseExact(draft.ReviewBy, "yyyy-MM-dd", out _))
        {
            errors.Add(new("reviewBy", "The review date must be a date like 2027-06-30."));
        }

        foreach (var slug in draft.Categories.Where(s => categories.BySlug(s) is null))
        {
            errors.Add(new("categories", $"There is no category '{slug}'."));
        }

        foreach (var code in KnowledgeBasePart.Split(draft.RelatedRequestTypes).Append(draft.ReportRequestType ?? "").Where(c => c.Length > 0))
        {
            if (code.Length > 64 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                errors.Add(new("relatedRequestTypes", $"'{code}' is not a request type code."));
            }
        }

        ValidateSteps(draft, errors);
        return errors;
    }

    private static void ValidateSteps(KnowledgeBaseDraft draft, List<ContentValidationError> errors)
    {
        if (draft.Steps.Count > 0 && draft.ContentType != KnowledgeBaseTypes.CallScript)
        {
            errors.Add(new("steps", "Only call scripts have steps."));
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < draft.Steps.Count; i++)
        {
            var step = draft.Steps[i];
            if (string.IsNullOrWhiteSpace(step.Id) || step.Id.Length > 40)
            {
                errors.Add(new($"steps[{i}].id", "Each step needs an id of at most 40 characters."));
            }
            else if (!ids.Add(step.Id))
            {
                errors.Add(new($"steps[{i}].id", $"The step id '{step.Id}' is used twice."));
            }

            if (!CallScriptStepKinds.All.Contains(step.Kind))
            {
                errors.Add(new($"steps[{i}].kind", "A step is say, ask or check."));
            }

            if (string.IsNullOrWhiteSpace(step.Text))
            {
                errors.Add(new($"steps[{i}].text", "Each step needs its text."));
            }
        }

        for (var i = 0; i < draft.Steps.Count; i++)
        {
            for (var b = 0; b < draft.Steps[i].Branches.Count; b++)
            {
                var branch = draft.Steps[i].Branches[b];
                if (string.IsNullOrWhiteSpace(branch.Answer))
                {
                    errors.Add(new($"steps[{i}].branches[{b}].answer", "A branch needs the answer it follows."));
                }

                if (!ids.Contains(branch.Goto))
                {
                    errors.Add(new($"steps[{i}].branches[{b}].goto", $"There is no step '{branch.Goto}' to go to."));
                }
            }
        }
    }
}
