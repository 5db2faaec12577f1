using CivicCrm.Content.Metadata;
using CivicCrm.Security;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.Contents.Controllers;

/// <summary>Attach, remove and reorder the parts of a type.</summary>
[Route("admin/content-types/{name}/parts")]
[RequirePermission("ManageContentTypes")]
public sealed class ContentTypePartsController(IContentDefinitionManager definitions) : Controller
{
    [HttpPost("attach")]
    public async Task<IActionResult> Attach(string name, string? existingPart, string? newPart, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        var partName = (string.IsNullOrWhiteSpace(newPart) ? existingPart : newPart)?.Trim() ?? "";
        if (partName.Length == 0)
        {
            return Refuse(type, "Choose an existing part or name a new one.");
        }

        if (type.Parts.Exists(p => string.Equals(p.Name, partName, StringComparison.OrdinalIgnoreCase)))
        {
            return Refuse(type, $"The part {partName} is already attached.");
        }

        var existing = await definitions.GetPartAsync(partName, cancellationToken);
        partName = existing?.Name ?? partName;
        type.Parts.Add(new ContentTypePartDefinition { Name = partName, PartName = partName, Position = type.Parts.Count });
        return await SaveAsync(type, existing is null ? $"Created the part {partName} and attached it." : $"Attached the part {partName}.", cancellationToken);
    }

    [HttpPost("{part}/remove")]
    public async Task<IActionResult> Remove(string name, string part, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is not { } type || type.Parts.RemoveAll(p => p.Name == part) == 0)
        {
            return NotFound();
        }

        return await SaveAsync(type, $"Removed the part {part} from {type.DisplayName}. Data already stored under it stays in old versions.", cancellationToken);
    }

    [HttpPost("{part}/move")]
    public async Task<IActionResult> Move(string name, string part, string direction, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        var ordered = type.Parts.OrderBy(p => p.Position).ToList();
        var index = ordered.FindIndex(p => p.Name == part);
        if (index < 0)
        {
            return NotFound();
        }

        var target = direction == "up" ? index - 1 : index + 1;
        if (target >= 0 && target < ordered.Count)
        {
            (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        }

        type.Parts = ordered;
        return await SaveAsync(type, $"Moved the part {part} {(direction == "up" ? "up" : "down")}.", cancellationToken);
    }

    /// <summary>Positions follow list order, so the order shown is the order stored.</summary>
    public static void Renumber(ContentTypeDefinition type)
    {
        for (var i = 0; i < type.Parts.Count; i++)
        {
            type.Parts[i].Position = i;
        }
    }

    private async Task<IActionResult> SaveAsync(ContentTypeDefinition type, string notice, CancellationToken cancellationToken)
    {
        Renumber(type);
        try
        {
            await definitions.SaveTypeAsync(type, cancellationToken);
        }
        catch (ContentDefinitionException exception)
        {
            return Refuse(type, string.Join(" ", exception.Errors.Select(e => e.Message)));
        }

        TempData["Notice"] = notice;
        return Redirect($"/admin/content-types/{type.Name}");
    }

    /// <summary>Back to the type with the message; the invalid model state makes the unit of work roll back.</summary>
    private RedirectResult Refuse(ContentTypeDefinition type, string message)
    {
        ModelState.AddModelError("", message);
        TempData["Error"] = message;
        return Redirect($"/admin/content-types/{type.Name}");
    }
}
