using CivicCrm.Departments.Calendar;
using CivicCrm.Departments.Models;
using CivicCrm.Departments.Services;
using CivicCrm.Departments.ViewModels;
using CivicCrm.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Departments.Controllers;

/// <summary>Departments admin: list, create, edit. The code is fixed once created, because other modules store it.</summary>
[Route("admin/departments")]
[RequirePermission("ManageDepartments")]
public sealed class DepartmentsController(DbContext db, DepartmentStore store) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var departments = await db.Set<Department>().AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken);
        return View(departments.Select(d => new DepartmentRow(d.Code, d.Name, d.Email, d.Phone, d.TimeZoneId, d.StaffUserNames.Count,
            Summary(DepartmentCalendarFactory.HoursOf(d)))).ToList());
    }

    [HttpGet("new")]
    public IActionResult Create() => View("Edit", DepartmentEditViewModel.NewDefaults());

    [HttpPost("new")]
    public async Task<IActionResult> Create(DepartmentEditViewModel model, CancellationToken cancellationToken)
    {
        model.OriginalCode = null;
        return await SaveAsync(model, null, cancellationToken);
    }

    [HttpGet("{code}")]
    public async Task<IActionResult> Edit(string code, CancellationToken cancellationToken) =>
        await store.FindAsync(code, cancellationToken) is { } department ? View(DepartmentEditViewModel.From(department)) : NotFound();

    [HttpPost("{code}")]
    public async Task<IActionResult> Edit(string code, DepartmentEditViewModel model, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(code, cancellationToken) is not { } department)
        {
            return NotFound();
        }

        model.OriginalCode = department.Code;
        model.Code = department.Code;
        return await SaveAsync(model, department.Code, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(DepartmentEditViewModel model, string? existingCode, CancellationToken cancellationToken)
    {
        var errors = await store.SaveAsync(model.ToInput(), existingCode, cancellationToken);
        if (errors.Count == 0)
        {
            TempData["Notice"] = $"The department {model.Name?.Trim()} was saved.";
            return RedirectToAction(nameof(Index));
        }

        foreach (var (key, message) in errors)
        {
            ModelState.AddModelError(DepartmentEditViewModel.FieldOf(key), message);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", model);
    }

    /// <summary>"Mon–Fri 08:00-17:00" style summary: consecutive days with the same hours are grouped.</summary>
    private static string Summary(WeeklyHours hours)
    {
        var parts = new List<string>();
        var days = WeeklyHours.Days;
        for (var i = 0; i < days.Count;)
        {
            var j = i;
            while (j + 1 < days.Count && hours.Format(days[j + 1]) == hours.Format(days[i]))
            {
                j++;
            }

            if (hours.Format(days[i]).Length > 0)
            {
                var label = i == j ? days[i].ToString()[..3] : $"{days[i].ToString()[..3]}–{days[j].ToString()[..3]}";
                parts.Add($"{label} {hours.Format(days[i])}");
            }

            i = j + 1;
        }

        return string.Join("; ", parts);
    }
}
