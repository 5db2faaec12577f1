using CivicCrm.Content;
using CivicCrm.Content.Metadata;
using CivicCrm.Contents.Services;
using CivicCrm.Contents.ViewModels;
using CivicCrm.Security;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.Contents.Controllers;

/// <summary>The content definitions editor: list, create, edit the settings of and delete content types.</summary>
[Route("admin/content-types")]
[RequirePermission("ManageContentTypes")]
public sealed class ContentTypesController(IContentDefinitionManager definitions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await definitions.ListTypesAsync(cancellationToken));

    [HttpGet("create")]
    public IActionResult Create() => View(new ContentTypeInput());

    [HttpPost("create")]
    public async Task<IActionResult> Create(ContentTypeInput input, CancellationToken cancellationToken)
    {
        input.Name = input.Name.Trim();
        if (await definitions.GetTypeAsync(input.Name, cancellationToken) is not null)
        {
            ModelState.AddModelError(nameof(input.Name), $"A type named '{input.Name}' already exists.");
            return View(input);
        }

        var type = new ContentTypeDefinition
        {
            Name = input.Name,
            DisplayName = input.DisplayName.Trim(),
            Description = input.Description.Trim(),
            Draftable = input.Draftable,
            Creatable = input.Creatable,
        };
        if (input.AddTitle)
        {
            type.Parts.Add(new ContentTypePartDefinition { Name = nameof(TitlePart), PartName = nameof(TitlePart) });
        }

        type.Parts.Add(new ContentTypePartDefinition { Name = input.Name, PartName = input.Name });
        ContentTypePartsController.Renumber(type);
        try
        {
            await definitions.SaveTypeAsync(type, cancellationToken);
        }
        catch (ContentDefinitionException exception)
        {
            DefinitionErrors.Add(ModelState, exception, path => path == "Name" ? nameof(input.Name) : "");
            return View(input);
        }

        TempData["Notice"] = $"Created the type {type.DisplayName}. Add its fields below.";
        return Redirect($"/admin/content-types/{type.Name}");
    }

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit([FromRoute] string name, CancellationToken cancellationToken) =>
        await definitions.GetTypeAsync(name, cancellationToken) is { } type ? View(await ModelAsync(type, null, cancellationToken)) : NotFound();

    [HttpPost("{name}")]
    public async Task<IActionResult> Edit([FromRoute] string name, ContentTypeInput input, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        type.DisplayName = input.DisplayName.Trim();
        type.Description = input.Description.Trim();
        type.Draftable = input.Draftable;
        type.Creatable = input.Creatable;
        try
        {
            await definitions.SaveTypeAsync(type, cancellationToken);
        }
        catch (ContentDefinitionException exception)
        {
            DefinitionErrors.Add(ModelState, exception, _ => "");
            return View(await ModelAsync(type, input, cancellationToken));
        }

        TempData["Notice"] = $"Saved the settings of {type.DisplayName}.";
        return Redirect($"/admin/content-types/{type.Name}");
    }

    [HttpGet("{name}/delete")]
    public async Task<IActionResult> Delete([FromRoute] string name, CancellationToken cancellationToken) =>
        await definitions.GetTypeAsync(name, cancellationToken) is { } type ? View(type) : NotFound();

    [HttpPost("{name}/delete")]
    public async Task<IActionResult> DeleteConfirmed([FromRoute] string name, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        try
        {
            await definitions.DeleteTypeAsync(type.Name, cancellationToken);
        }
        catch (ContentDefinitionException exception)
        {
            DefinitionErrors.Add(ModelState, exception, _ => "");
            return View("Delete", type);
        }

        TempData["Notice"] = $"Deleted the type {type.DisplayName}.";
        return Redirect("/admin/content-types");
    }

    private async Task<ContentTypeEditViewModel> ModelAsync(ContentTypeDefinition type, ContentTypeInput? input, CancellationToken cancellationToken)
    {
        var parts = type.Parts.OrderBy(p => p.Position).ToList();
        var own = parts.Exists(p => p.Name == type.Name) ? await definitions.GetPartAsync(type.Name, cancellationToken) : null;
        var attachable = (await definitions.ListPartsAsync(cancellationToken)).Select(p => p.Name)
            .Where(n => !parts.Exists(p => string.Equals(p.Name, n, StringComparison.OrdinalIgnoreCase))).ToList();
        return new ContentTypeEditViewModel
        {
            Type = type,
            Input = input ?? new ContentTypeInput
            {
                Name = type.Name, DisplayName = type.DisplayName, Description = type.Description, Draftable = type.Draftable, Creatable = type.Creatable,
            },
            Parts = parts,
            OwnPart = own,
            AttachableParts = attachable,
        };
    }
}
