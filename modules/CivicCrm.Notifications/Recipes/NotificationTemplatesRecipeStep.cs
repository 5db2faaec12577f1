using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CivicCrm.Notifications.Models;
using CivicCrm.Notifications.Templates;
using CivicCrm.Recipes;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Notifications.Recipes;

/// <summary>
/// <c>{ "name": "notificationTemplates", "templates": [ { "name", "description", "subject", "text", "html", "sample" } ] }</c>:
/// creates or replaces email templates by name. Every Liquid source must parse; <c>sample</c> is the preview model.
/// </summary>
public sealed partial class NotificationTemplatesRecipeStep(DbContext db, TimeProvider clock) : IRecipeStep
{
    public string Name => "notificationTemplates";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}$")]
    internal static partial Regex TemplateName();

    public void Validate(JsonObject step, RecipeErrors errors)
    {
        if (step["templates"] is not JsonArray list)
        {
            errors.Add("templates", "A notificationTemplates step needs a 'templates' array.");
            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not JsonObject template)
            {
                errors.Add($"templates[{i}]", "Each template must be an object.");
                continue;
            }

            if (Text(template, "name") is not { } name || !TemplateName().IsMatch(name))
            {
                errors.Add($"templates[{i}].name", "A name of lower-case letters, digits and dashes is required.");
            }

            foreach (var part in new[] { "subject", "text", "html" })
            {
                var source = Text(template, part);
                if (source is null && part != "html")
                {
                    errors.Add($"templates[{i}].{part}", $"The {part} is required.");
                }
                else if (LiquidTemplateRenderer.Check(source) is { } error)
                {
                    errors.Add($"templates[{i}].{part}", $"Not valid Liquid: {error}");
                }
            }

            if (template["sample"] is not (null or JsonObject))
            {
                errors.Add($"templates[{i}].sample", "The sample model must be an object.");
            }
        }
    }

    public async Task ApplyAsync(JsonObject step, RecipeErrors errors, CancellationToken cancellationToken)
    {
        foreach (var node in step["templates"]!.AsArray())
        {
            var source = node!.AsObject();
            var name = Text(source, "name")!;
            var template = await db.Set<NotificationTemplate>().FirstOrDefaultAsync(t => t.Name == name, cancellationToken);
            if (template is null)
            {
                template = new NotificationTemplate { Name = name };
                db.Set<NotificationTemplate>().Add(template);
            }

            template.Description = Text(source, "description") ?? "";
            template.Subject = Text(source, "subject")!;
            template.TextBody = Text(source, "text")!;
            template.HtmlBody = Text(source, "html");
            template.SampleModelJson = source["sample"]?.ToJsonString() ?? "{}";
            template.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
            template.ConcurrencyStamp = Guid.NewGuid().ToString("n");
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Text(JsonObject node, string property) =>
        node[property] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
