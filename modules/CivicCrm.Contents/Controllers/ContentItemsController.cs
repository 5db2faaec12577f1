using CivicCrm.Content;
using CivicCrm.Content.Metadata;
using CivicCrm.Contents.Services;
using CivicCrm.Contents.ViewModels;
using CivicCrm.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.Contents.Controllers;

/// <summary>
/// The generated content editor: new items and the latest version of existing ones, saved as a draft or
/// published. Validation errors come back next to each field; a stale save shows theirs against yours.
/// </summary>
[Route("admin/content/{type}")]
[RequirePermission("EditContent")]
public sealed class ContentItemsController(
    IContentManager contents,
    IContentDefinitionManager definitions,
    ContentEditorBuilder builder,
    SiteTimeZone zone,
    IAuthorizationService authorization) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> New(string type, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(type, cancellationToken) is not { Creatable: true } definition)
        {
            return NotFound();
        }

        var item = await contents.NewAsync(definition.Name, cancellationToken);
        return View("Edit", await ModelAsync(definition, item, cancellationToken));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(string type, string? submit, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(type, cancellationToken) is not { Creatable: true } definition)
        {
            return NotFound();
        }

        var publish = await WantsPublishAsync(definition, submit);
        if (publish is null)
        {
            return Forbid();
        }

        var item = await contents.NewAsync(definition.Name, cancellationToken);
        if (await ReadAsync(definition, item, cancellationToken))
        {
            try
            {
                var created = await contents.CreateAsync(item, publish.Value, cancellationToken);
                TempData["Notice"] = publish.Value ? $"Published “{created.DisplayText}”." : $"Saved a draft of “{created.DisplayText}”.";
                return Redirect($"/admin/content/{definition.Name}/{created.ContentItemId}");
            }
            catch (ContentValidationException exception)
            {
                AddErrors(exception.Errors);
            }
        }

        return View("Edit", await ModelAsync(definition, item, cancellationToken));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string type, string id, CancellationToken cancellationToken)
    {
        var item = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null || await definitions.GetTypeAsync(item.ContentType, cancellationToken) is not { } definition
            || !string.Equals(definition.Name, type, StringComparison.OrdinalIgnoreCase))
        {
            return NotFound();
        }

        return View(await ModelAsync(definition, item, cancellationToken));
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Save(
        string type, string id, string contentItemVersionId, int concurrencyStamp, string? submit, CancellationToken cancellationToken)
    {
        var latest = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (latest is null || await definitions.GetTypeAsync(latest.ContentType, cancellationToken) is not { } definition
            || !string.Equals(definition.Name, type, StringComparison.OrdinalIgnoreCase))
        {
            return NotFound();
        }

        var publish = await WantsPublishAsync(definition, submit);
        if (publish is null)
        {
            return Forbid();
        }

        // The posted values over the version the user read: the manager refuses it if that is no longer the latest.
        var item = latest;
        item.ContentItemVersionId = contentItemVersionId;
        item.ConcurrencyStamp = concurrencyStamp;
        if (!await ReadAsync(definition, item, cancellationToken))
        {
            return View("Edit", await ModelAsync(definition, item, cancellationToken));
        }

        try
        {
            var saved = publish.Value ? await contents.PublishAsync(item, cancellationToken) : await contents.SaveDraftAsync(item, cancellationToken);
            TempData["Notice"] = publish.Value ? $"Published “{saved.DisplayText}”." : $"Saved a draft of “{saved.DisplayText}”.";
            return Redirect($"/admin/content/{definition.Name}/{saved.ContentItemId}");
        }
        catch (ContentValidationException exception)
        {
            AddErrors(exception.Errors);
            return View("Edit", await ModelAsync(definition, item, cancellationToken));
        }
        catch (ContentConflictException exception)
        {
            var theirs = exception.Current ?? await contents.GetAsync(id, VersionOptions.Latest, cancellationToken) ?? latest;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Edit", await ConflictModelAsync(definition, item, theirs, cancellationToken));
        }
    }

    /// <summary>True to publish, false for a draft, null when the user may not do what the button asks.</summary>
    private async Task<bool?> WantsPublishAsync(ContentTypeDefinition definition, string? submit)
    {
        var publish = submit == "publish" || !definition.Draftable;
        var allowed = !publish || (await authorization.AuthorizeAsync(User, PermissionEndpointExtensions.PolicyName(Permissions.PublishContent.Name))).Succeeded;
        return allowed ? publish : null;
    }

    private async Task<bool> ReadAsync(ContentTypeDefinition definition, ContentItem item, CancellationToken cancellationToken)
    {
        var shape = await builder.ShapeAsync(definition, cancellationToken);
        ContentFormReader.Read(Request.Form, shape, item, await zone.GetAsync(cancellationToken), ModelState);
        return ModelState.IsValid;
    }

    private void AddErrors(IEnumerable<ContentValidationError> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Path.Contains('.', StringComparison.Ordinal) ? error.Path : "", error.Message);
        }
    }

    private async Task<ContentEditorViewModel> ModelAsync(ContentTypeDefinition definition, ContentItem item, CancellationToken cancellationToken) => new()
    {
        Type = definition,
        Item = item,
        Parts = await builder.PartsAsync(await builder.ShapeAsync(definition, cancellationToken), item.Content, cancellationToken),
        Zone = await zone.GetAsync(cancellationToken),
        HasPublishedVersion = !string.IsNullOrEmpty(item.ContentItemId) && await contents.GetAsync(item.ContentItemId, VersionOptions.Published, cancellationToken) is not null,
        CanPublish = (await authorization.AuthorizeAsync(User, PermissionEndpointExtensions.PolicyName(Permissions.PublishContent.Name))).Succeeded,
    };

    /// <summary>The editor again with your values, over the current version's id and stamp, and theirs beside yours.</summary>
    private async Task<ContentEditorViewModel> ConflictModelAsync(
        ContentTypeDefinition definition, ContentItem yours, ContentItem theirs, CancellationToken cancellationToken)
    {
        var shape = await builder.ShapeAsync(definition, cancellationToken);
        var names = await builder.DisplayTextsAsync(ContentComparer.PickedIds(shape, theirs.Content, yours.Content), cancellationToken);
        yours.ContentItemVersionId = theirs.ContentItemVersionId;
        yours.ConcurrencyStamp = theirs.ConcurrencyStamp;
        var model = await ModelAsync(definition, yours, cancellationToken);
        return new ContentEditorViewModel
        {
            Type = model.Type,
            Item = model.Item,
            Parts = model.Parts,
            Zone = model.Zone,
            HasPublishedVersion = model.HasPublishedVersion,
            CanPublish = model.CanPublish,
            Theirs = theirs,
            Conflict = ContentComparer.Compare(shape, theirs.Content, yours.Content, model.Zone, names),
        };
    }
}
