using CivicCrm.Content;
using CivicCrm.Content.Metadata;
using CivicCrm.Contents.Services;
using CivicCrm.Contents.ViewModels;
using CivicCrm.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.Contents.Controllers;

/// <summary>Read-only views of an item: preview of a version, version history, and a diff of two versions.</summary>
[Route("admin/content/{type}/{id}")]
[RequirePermission("ViewContent")]
public sealed class ContentVersionsController(
    IContentManager contents,
    IContentDefinitionManager definitions,
    ContentEditorBuilder builder,
    ContentDiffBuilder diff,
    SiteTimeZone zone,
    MarkdownRenderer markdown,
    IAuthorizationService authorization) : Controller
{
    [HttpGet("preview")]
    public async Task<IActionResult> Preview(string type, string id, string? version, CancellationToken cancellationToken)
    {
        var item = version is null ? await contents.GetAsync(id, VersionOptions.Latest, cancellationToken) : await contents.GetVersionAsync(version, cancellationToken);
        if (item is null || item.ContentItemId != id || await TypeOfAsync(item, type, cancellationToken) is not { } definition)
        {
            return NotFound();
        }

        var shape = await builder.ShapeAsync(definition, cancellationToken);
        var names = await builder.DisplayTextsAsync(ContentComparer.PickedIds(shape, item.Content), cancellationToken);
        var tz = await zone.GetAsync(cancellationToken);
        var fields = shape.SelectMany(part => part.Fields.Select(field =>
        {
            var value = item.GetField(part.Name, field.Name);
            var html = field.FieldType switch
            {
                FieldTypes.Markdown => markdown.Render(FieldDisplay.Raw(value)),
                FieldTypes.Html => markdown.Sanitize(FieldDisplay.Raw(value)),
                _ => null,
            };
            var label = string.IsNullOrWhiteSpace(field.DisplayName) ? field.Name : field.DisplayName;
            return new PreviewField(part.DisplayName, label, FieldDisplay.Text(field, value, tz, names), html);
        })).ToList();
        return View(new PreviewViewModel(definition, item, fields));
    }

    [HttpGet("versions")]
    public async Task<IActionResult> Versions(string type, string id, CancellationToken cancellationToken)
    {
        var latest = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (latest is null || await TypeOfAsync(latest, type, cancellationToken) is not { } definition)
        {
            return NotFound();
        }

        var versions = (await contents.GetVersionsAsync(id, cancellationToken)).OrderByDescending(v => v.Number).ToList();
        var canRestore = (await authorization.AuthorizeAsync(User, PermissionEndpointExtensions.PolicyName(Permissions.PublishContent.Name))).Succeeded;
        return View(new VersionsViewModel(definition, latest, versions, canRestore));
    }

    /// <summary>Two versions field by field (and what part diff contributors add); without <paramref name="from"/> and <paramref name="to"/>, the latest against the one before.</summary>
    [HttpGet("diff")]
    public async Task<IActionResult> Diff(string type, string id, string? from, string? to, CancellationToken cancellationToken)
    {
        var versions = await contents.GetVersionsAsync(id, cancellationToken);
        if (versions.Count == 0 || await TypeOfAsync(versions[^1], type, cancellationToken) is not { } definition)
        {
            return NotFound();
        }

        var newer = to is null ? versions[^1] : versions.FirstOrDefault(v => v.ContentItemVersionId == to);
        var older = from is null ? versions.LastOrDefault(v => newer is not null && v.Number < newer.Number) ?? newer
            : versions.FirstOrDefault(v => v.ContentItemVersionId == from);
        if (older is null || newer is null)
        {
            return NotFound();
        }

        if (older.Number > newer.Number)
        {
            (older, newer) = (newer, older);
        }

        var rows = await diff.CompareAsync(definition, older, newer, cancellationToken);
        return View(new DiffViewModel(definition, older, newer, rows));
    }

    private async Task<ContentTypeDefinition?> TypeOfAsync(ContentItem item, string type, CancellationToken cancellationToken) =>
        await definitions.GetTypeAsync(item.ContentType, cancellationToken) is { } definition
        && string.Equals(definition.Name, type, StringComparison.OrdinalIgnoreCase) ? definition : null;
}
