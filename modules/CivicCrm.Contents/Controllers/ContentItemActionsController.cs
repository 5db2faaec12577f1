using CivicCrm.Content;
using CivicCrm.Security;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.Contents.Controllers;

/// <summary>Unpublish, discard a draft, restore a version and delete (after a confirmation page).</summary>
[Route("admin/content/{type}/{id}")]
public sealed class ContentItemActionsController(IContentManager contents) : Controller
{
    [HttpPost("unpublish")]
    [RequirePermission("PublishContent")]
    public Task<IActionResult> Unpublish(string type, string id, CancellationToken cancellationToken) =>
        RunAsync(type, id, async () => $"Unpublished “{(await contents.UnpublishAsync(id, cancellationToken)).DisplayText}”.", cancellationToken);

    [HttpPost("discard-draft")]
    [RequirePermission("EditContent")]
    public Task<IActionResult> DiscardDraft(string type, string id, CancellationToken cancellationToken) =>
        RunAsync(type, id, async () => $"Discarded the draft; “{(await contents.DiscardDraftAsync(id, cancellationToken)).DisplayText}” is back to its published version.", cancellationToken);

    [HttpPost("versions/{versionId}/restore")]
    [RequirePermission("PublishContent")]
    public async Task<IActionResult> Restore(string type, string id, string versionId, CancellationToken cancellationToken)
    {
        var version = await contents.GetVersionAsync(versionId, cancellationToken);
        if (version is null || version.ContentItemId != id)
        {
            return NotFound();
        }

        return await RunAsync(type, id, async () =>
        {
            var restored = await contents.RestoreAsync(versionId, cancellationToken);
            return restored.Number == version.Number
                ? $"Version {version.Number} is already the latest; nothing changed."
                : $"Restored version {version.Number} as a new draft (version {restored.Number}). Publish it to make it live.";
        }, cancellationToken);
    }

    [HttpGet("delete")]
    [RequirePermission("DeleteContent")]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken) =>
        await contents.GetAsync(id, VersionOptions.Latest, cancellationToken) is { } item ? View(item) : NotFound();

    [HttpPost("delete")]
    [RequirePermission("DeleteContent")]
    public async Task<IActionResult> DeleteConfirmed(string type, string id, CancellationToken cancellationToken)
    {
        var item = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        await contents.RemoveAsync(id, cancellationToken);
        TempData["Notice"] = $"Deleted “{item.DisplayText}”.";
        return Redirect($"/admin/content/{type}");
    }

    /// <summary>Runs a state change; one that does not fit the item's state comes back to the editor with its message.</summary>
    private async Task<IActionResult> RunAsync(string type, string id, Func<Task<string>> action, CancellationToken cancellationToken)
    {
        if (await contents.GetAsync(id, VersionOptions.Latest, cancellationToken) is null)
        {
            return NotFound();
        }

        try
        {
            TempData["Notice"] = await action();
            return Redirect($"/admin/content/{type}/{id}");
        }
        catch (ContentStateException exception)
        {
            // Invalid model state: the unit of work rolls back whatever the failed call began.
            ModelState.AddModelError("", exception.Message);
            TempData["Error"] = exception.Message;
            return Redirect($"/admin/content/{type}/{id}");
        }
    }
}
