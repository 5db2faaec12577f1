using CivicCrm.Departments.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Departments.Services;

/// <summary>Creates and updates departments after validation; the admin pages and the recipe step both write through it.</summary>
public sealed class DepartmentStore(DbContext db, TimeProvider clock)
{
    /// <summary>By code, in any case: codes are stored upper case.</summary>
    public Task<Department?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var normalized = code.Trim().ToUpperInvariant();
        return db.Set<Department>().FirstOrDefaultAsync(d => d.Code == normalized, cancellationToken);
    }

    /// <summary>
    /// Creates the department (<paramref name="existingCode"/> null) or updates the one with that code (whose code
    /// stays). Returns the errors by field; nothing is saved when there are any.
    /// </summary>
    public async Task<Dictionary<string, string>> SaveAsync(DepartmentInput input, string? existingCode, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var valid = DepartmentValidator.Validate(existingCode is null ? input : input with { Code = existingCode }, errors);
        var target = existingCode is null ? null : await FindAsync(existingCode, cancellationToken);
        if (existingCode is null && valid is not null && await FindAsync(valid.Code, cancellationToken) is not null)
        {
            errors["code"] = $"A department with the code {valid.Code} exists already.";
        }
        else if (existingCode is not null && target is null)
        {
            errors["code"] = $"There is no department with the code {existingCode}.";
        }

        if (errors.Count > 0 || valid is null)
        {
            return errors;
        }

        if (target is null)
        {
            target = new Department { Code = valid.Code };
            db.Set<Department>().Add(target);
        }

        target.Name = valid.Name;
        target.Email = valid.Email;
        target.Phone = valid.Phone;
        target.SupervisorEmails = valid.SupervisorEmails;
        target.StaffUserNames = valid.StaffUserNames;
        target.TimeZoneId = valid.TimeZoneId;
        target.WeeklyHours = valid.WeeklyHours;
        target.HolidaySet = valid.HolidaySet;
        target.Closures = valid.Closures;
        target.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }
}
