using CivicCrm.Departments.Calendar;
using CivicCrm.Departments.Models;
using CivicCrm.Departments.Services;
using CivicCrm.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Departments.Endpoints;

/// <summary><c>/api/departments</c>: the directory for staff screens (read only; departments are edited in the admin or a recipe).</summary>
public static class DepartmentEndpoints
{
    public static void MapDepartmentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/departments").WithTags("Departments").RequirePermission(Permissions.ViewDepartments);
        group.MapGet("/", ListAsync);
        group.MapGet("/{code}", FindAsync);
    }

    private static async Task<Ok<List<DepartmentDto>>> ListAsync(DbContext db, CancellationToken cancellationToken)
    {
        var departments = await db.Set<Department>().AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok(departments.Select(ToDto).ToList());
    }

    private static async Task<Results<Ok<DepartmentDto>, NotFound>> FindAsync(string code, DepartmentStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(code, cancellationToken) is { } department ? TypedResults.Ok(ToDto(department)) : TypedResults.NotFound();

    private static DepartmentDto ToDto(Department d)
    {
        var hours = DepartmentCalendarFactory.HoursOf(d);
        return new DepartmentDto(d.Code, d.Name, d.Email, d.Phone, d.SupervisorEmails, d.StaffUserNames, d.TimeZoneId,
            WeeklyHours.Days.ToDictionary(day => day.ToString().ToLowerInvariant(), hours.Format), d.HolidaySet, d.Closures);
    }
}
