using CivicCrm.Notifications.Models;
using CivicCrm.Notifications.Templates;
using CivicCrm.Notifications.ViewModels;
using CivicCrm.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Notifications.Controllers;

/// <summary>Email templates: list, edit with a preview rendered from the template's sample model.</summary>
[Route("admin/notifications/templates")]
[RequirePermission("ManageNotifications")]
public sealed class TemplatesController(DbContext db, LiquidTemplateRenderer renderer, TimeProvider clock) : Controller
{
    private DbSet<NotificationTemplate> Templates => db.Set<NotificationTemplate>();

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await Templates.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken));

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit(string name, CancellationToken cancellationToken)
    {
        var template = await Templates.AsNoTracking().FirstOrDefaultAsync(t => t.Name == name, cancellationToken);
        return template is null ? NotFound() : View(new TemplateEditViewModel
        {
            Name = template.Name, Description = template.Description, Subject = template.Subject, TextBody = template.TextBody,
            HtmlBody = template.HtmlBody, SampleModelJson = template.SampleModelJson, ConcurrencyStamp = template.ConcurrencyStamp,
        });
    }

    [HttpPost("{name}")]
    public async Task<IActionResult> Save(string name, TemplateEditViewModel model, CancellationToken cancellationToken)
    {
        var template = await Templates.FirstOrDefaultAsync(t => t.Name == name, cancellationToken);
        if (template is null)
        {
            return NotFound();
        }

        model.Name = name;
        Check(model);
        if (template.ConcurrencyStamp != model.ConcurrencyStamp)
        {
            ModelState.AddModelError("", "Someone else saved this template after you opened it. Reload it and apply your change again.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Edit), model);
        }

        template.Description = model.Description ?? "";
        template.Subject = model.Subject;
        template.TextBody = model.TextBody;
        template.HtmlBody = string.IsNullOrWhiteSpace(model.HtmlBody) ? null : model.HtmlBody;
        template.SampleModelJson = string.IsNullOrWhiteSpace(model.SampleModelJson) ? "{}" : model.SampleModelJson;
        template.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        template.ConcurrencyStamp = Guid.NewGuid().ToString("n");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = $"The template {name} was saved.";
        return RedirectToAction(nameof(Edit), new { name });
    }

    /// <summary>Renders what is in the form, unsaved, with the sample model.</summary>
    [HttpPost("{name}/preview")]
    public async Task<IActionResult> Preview(string name, TemplateEditViewModel model, CancellationToken cancellationToken)
    {
        if (!await Templates.AnyAsync(t => t.Name == name, cancellationToken))
        {
            return NotFound();
        }

        model.Name = name;
        var sample = Check(model);
        if (ModelState.IsValid && sample is not null)
        {
            try
            {
                model.Preview = await renderer.RenderAsync(model.Subject, model.TextBody, model.HtmlBody, sample, cancellationToken);
            }
            catch (TemplateException exception)
            {
                ModelState.AddModelError("", exception.Message);
            }
        }

        Response.StatusCode = ModelState.IsValid ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return View(nameof(Edit), model);
    }

    private IReadOnlyDictionary<string, object?>? Check(TemplateEditViewModel model)
    {
        foreach (var (field, source) in new[] { (nameof(model.Subject), model.Subject), (nameof(model.TextBody), model.TextBody), (nameof(model.HtmlBody), model.HtmlBody) })
        {
            if (LiquidTemplateRenderer.Check(source) is { } error)
            {
                ModelState.AddModelError(field, "Not valid Liquid: " + error);
            }
        }

        var sample = SampleModel.TryParse(model.SampleModelJson, out var sampleError);
        if (sampleError is not null)
        {
            ModelState.AddModelError(nameof(model.SampleModelJson), sampleError);
        }

        return sample;
    }
}
