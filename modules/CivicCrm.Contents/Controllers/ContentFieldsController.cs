using System.Globalization;
using System.Text.RegularExpressions;
using CivicCrm.Content.Metadata;
using CivicCrm.Contents.Services;
using CivicCrm.Contents.ViewModels;
using CivicCrm.Security;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.Contents.Controllers;

/// <summary>
/// The fields of a type's own part (the part named after the type): add, edit, remove and reorder, with their
/// settings. Saving attaches the own part to the type when it is missing. The type's name comes from the route
/// only, since the form has a field called Name too.
/// </summary>
[Route("admin/content-types/{name}/fields")]
[RequirePermission("ManageContentTypes")]
public sealed partial class ContentFieldsController(IContentDefinitionManager definitions) : Controller
{
    [GeneratedRegex(@"^Fields\[(\d+)\]\.(?:Settings\.)?(\w+)$")]
    private static partial Regex FieldPath();

    [HttpGet("create")]
    public async Task<IActionResult> Create([FromRoute] string name, CancellationToken cancellationToken) =>
        await definitions.GetTypeAsync(name, cancellationToken) is { } type ? View("Edit", await ModelAsync(type, new FieldInput(), true, cancellationToken)) : NotFound();

    [HttpPost("create")]
    public async Task<IActionResult> Create([FromRoute] string name, FieldInput input, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        var part = await OwnPartAsync(type, cancellationToken);
        input.Name = input.Name.Trim();
        if (part.Fields.Exists(f => string.Equals(f.Name, input.Name, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError(nameof(FieldInput.Name), $"{type.DisplayName} already has a field named '{input.Name}'.");
        }

        var field = new ContentFieldDefinition { Name = input.Name };
        part.Fields.Add(field);
        return await SaveAsync(type, part, field, input, true, $"Added the field {input.Name}.", cancellationToken);
    }

    [HttpGet("{field}")]
    public async Task<IActionResult> Edit([FromRoute] string name, string field, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is not { } type
            || (await OwnPartAsync(type, cancellationToken)).Fields.Find(f => f.Name == field) is not { } definition)
        {
            return NotFound();
        }

        return View(await ModelAsync(type, FieldInputMapper.ToInput(definition), false, cancellationToken));
    }

    [HttpPost("{field}")]
    public async Task<IActionResult> Edit([FromRoute] string name, string field, FieldInput input, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        var part = await OwnPartAsync(type, cancellationToken);
        if (part.Fields.Find(f => f.Name == field) is not { } definition)
        {
            return NotFound();
        }

        input.Name = definition.Name; // renaming would orphan stored values, so the name is fixed once created
        return await SaveAsync(type, part, definition, input, false, $"Saved the field {definition.Name}.", cancellationToken);
    }

    [HttpPost("{field}/remove")]
    public async Task<IActionResult> Remove([FromRoute] string name, string field, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        var part = await OwnPartAsync(type, cancellationToken);
        if (part.Fields.RemoveAll(f => f.Name == field) == 0)
        {
            return NotFound();
        }

        await SavePartAsync(type, part, cancellationToken);
        TempData["Notice"] = $"Removed the field {field}. Values already stored stay in the items' history.";
        return Redirect($"/admin/content-types/{type.Name}");
    }

    [HttpPost("{field}/move")]
    public async Task<IActionResult> Move([FromRoute] string name, string field, string direction, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        var part = await OwnPartAsync(type, cancellationToken);
        var fields = part.Fields.OrderBy(f => f.Position).ToList();
        var index = fields.FindIndex(f => f.Name == field);
        if (index < 0)
        {
            return NotFound();
        }

        var target = direction == "up" ? index - 1 : index + 1;
        if (target >= 0 && target < fields.Count)
        {
            (fields[index], fields[target]) = (fields[target], fields[index]);
        }

        part.Fields = fields;
        await SavePartAsync(type, part, cancellationToken);
        TempData["Notice"] = $"Moved the field {field} {(direction == "up" ? "up" : "down")}.";
        return Redirect($"/admin/content-types/{type.Name}");
    }

    private async Task<IActionResult> SaveAsync(
        ContentTypeDefinition type, ContentPartDefinition part, ContentFieldDefinition field, FieldInput input, bool isNew, string notice,
        CancellationToken cancellationToken)
    {
        FieldInputMapper.Apply(input, field);
        CheckDefault(field);
        if (ModelState.IsValid)
        {
            try
            {
                await SavePartAsync(type, part, cancellationToken);
                TempData["Notice"] = notice;
                return Redirect($"/admin/content-types/{type.Name}");
            }
            catch (ContentDefinitionException exception)
            {
                var index = part.Fields.IndexOf(field).ToString(CultureInfo.InvariantCulture);
                DefinitionErrors.Add(ModelState, exception, path =>
                    FieldPath().Match(path) is { Success: true } m && m.Groups[1].Value == index
                        ? m.Groups[2].Value is "Settings" ? "" : m.Groups[2].Value
                        : "");
            }
        }

        return View("Edit", await ModelAsync(type, input, isNew, cancellationToken));
    }

    private void CheckDefault(ContentFieldDefinition field)
    {
        var settings = field.Settings;
        if (settings.Default is not { } value)
        {
            return;
        }

        if (field.FieldType == FieldTypes.Number && value.GetValueKind() != System.Text.Json.JsonValueKind.Number)
        {
            ModelState.AddModelError(nameof(FieldInput.Default), "The default of a number field must be a number.");
        }

        if (field.FieldType == FieldTypes.Choice && FieldDisplay.Strings(value).Any(v => !settings.Options.Exists(o => o.Value == v)))
        {
            ModelState.AddModelError(nameof(FieldInput.Default), "The default must be one of the option values.");
        }
    }

    /// <summary>Saves the part with positions in list order, and attaches it to the type if it is not yet.</summary>
    private async Task SavePartAsync(ContentTypeDefinition type, ContentPartDefinition part, CancellationToken cancellationToken)
    {
        for (var i = 0; i < part.Fields.Count; i++)
        {
            part.Fields[i].Position = i;
        }

        await definitions.SavePartAsync(part, cancellationToken);
        if (!type.Parts.Exists(p => p.Name == part.Name))
        {
            type.Parts.Add(new ContentTypePartDefinition { Name = part.Name, PartName = part.Name });
            ContentTypePartsController.Renumber(type);
            await definitions.SaveTypeAsync(type, cancellationToken);
        }
    }

    private async Task<ContentPartDefinition> OwnPartAsync(ContentTypeDefinition type, CancellationToken cancellationToken) =>
        await definitions.GetPartAsync(type.Name, cancellationToken) ?? new ContentPartDefinition { Name = type.Name, DisplayName = type.DisplayName };

    private async Task<FieldEditViewModel> ModelAsync(ContentTypeDefinition type, FieldInput input, bool isNew, CancellationToken cancellationToken) =>
        new(type, input, isNew, (await definitions.ListTypesAsync(cancellationToken)).Select(t => t.Name).ToList());
}
