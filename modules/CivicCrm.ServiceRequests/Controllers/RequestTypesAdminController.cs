using CivicCrm.Departments;
using CivicCrm.Security;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Controllers;

/// <summary>
/// Request types admin: list (filter by group and department, imported types awaiting review first), create and edit
/// with questions. The code is fixed once created: reports and problems store it.
/// </summary>
[Route("admin/request-types")]
[RequirePermission("ManageRequestTypes")]
public sealed class RequestTypesAdminController(DbContext db, IDepartmentDirectory departments) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? group, string? department, CancellationToken cancellationToken)
    {
        var all = await db.Set<RequestType>().AsNoTracking().ToListAsync(cancellationToken);
        ViewData["Groups"] = all.Select(t => t.Group).Where(g => g.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        ViewData["Departments"] = await departments.ListAsync(cancellationToken);
        var shown = all.Where(t => string.IsNullOrEmpty(group) || t.Group == group)
            .Where(t => string.IsNullOrEmpty(department) || t.DepartmentCode == department)
            .OrderByDescending(t => t.NeedsReview).ThenBy(t => t.Group, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        return View(shown);
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) => await EditorAsync(new RequestTypeForm(), cancellationToken);

    [HttpPost("new")]
    public async Task<IActionResult> Create(RequestTypeForm form, string? addQuestion, CancellationToken cancellationToken)
    {
        form.OriginalCode = null;
        var code = form.Code?.Trim().ToUpperInvariant();
        if (addQuestion is null && code is { Length: > 0 } && await db.Set<RequestType>().AnyAsync(t => t.Code == code, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Code), $"The code {code} is taken by another request type.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await EditorAsync(form, cancellationToken);
        }

        return await SaveAsync(form, new RequestType(), addQuestion is not null, cancellationToken);
    }

    [HttpGet("{code}")]
    public async Task<IActionResult> Edit(string code, CancellationToken cancellationToken) =>
        await db.Set<RequestType>().AsNoTracking().FirstOrDefaultAsync(t => t.Code == code, cancellationToken) is { } type
            ? await EditorAsync(RequestTypeFormMapper.From(type), cancellationToken)
            : NotFound();

    [HttpPost("{code}")]
    public async Task<IActionResult> Edit(string code, RequestTypeForm form, string? addQuestion, CancellationToken cancellationToken)
    {
        if (await db.Set<RequestType>().FirstOrDefaultAsync(t => t.Code == code, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        form.OriginalCode = type.Code;
        form.Code = type.Code;
        return await SaveAsync(form, type, addQuestion is not null, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(RequestTypeForm form, RequestType type, bool addQuestion, CancellationToken cancellationToken)
    {
        ModelState.Clear(); // the mapper checks everything, by the same field names
        if (addQuestion)
        {
            form.Questions.Add(new QuestionForm { Order = NextOrder(form) });
            return await EditorAsync(form, cancellationToken);
        }

        var known = (await departments.ListAsync(cancellationToken)).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var errors = RequestTypeFormMapper.Apply(form, type, known);
        if (errors.Count > 0)
        {
            foreach (var (field, message) in errors)
            {
                ModelState.AddModelError(field, message);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await EditorAsync(form, cancellationToken);
        }

        if (type.Id == 0)
        {
            db.Add(type);
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = $"The request type {type.Name} was saved.";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The editor, with an empty question row to fill in (more with "Add a question").</summary>
    private async Task<IActionResult> EditorAsync(RequestTypeForm form, CancellationToken cancellationToken)
    {
        ViewData["Departments"] = await departments.ListAsync(cancellationToken);
        if (!form.Questions.Exists(q => string.IsNullOrWhiteSpace(q.Code) && string.IsNullOrWhiteSpace(q.Label)))
        {
            form.Questions.Add(new QuestionForm { Order = NextOrder(form) });
        }

        return View("Edit", form);
    }

    private static int NextOrder(RequestTypeForm form) => form.Questions.Count == 0 ? 1 : form.Questions.Max(q => q.Order) + 1;
}
