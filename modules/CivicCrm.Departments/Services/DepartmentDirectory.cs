using CivicCrm.Departments.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Departments.Services;

/// <summary><see cref="IDepartmentDirectory"/> over the <c>Departments</c> table. A city has tens of departments, so lists are read whole.</summary>
public sealed class DepartmentDirectory(DbContext db, DepartmentStore store, UserManager<IdentityUser> users) : IDepartmentDirectory
{
    public async Task<IReadOnlyList<DepartmentInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<Department>().AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken)).Select(ToInfo).ToList();

    public async Task<DepartmentInfo?> FindAsync(string code, CancellationToken cancellationToken = default) =>
        await store.FindAsync(code, cancellationToken) is { } department ? ToInfo(department) : null;

    public async Task<IReadOnlyList<string>> DepartmentsOfAsync(string userName, CancellationToken cancellationToken = default)
    {
        // Supervisors are listed by email: match the account's email as well as the name it signs in with.
        var email = (await users.FindByNameAsync(userName))?.Email;
        var all = await db.Set<Department>().AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
        return all.Where(d => d.StaffUserNames.Contains(userName, StringComparer.OrdinalIgnoreCase)
                || d.SupervisorEmails.Contains(userName, StringComparer.OrdinalIgnoreCase)
                || (email is not null && d.SupervisorEmails.Contains(email, StringComparer.OrdinalIgnoreCase)))
            .Select(d => d.Code)
            .ToList();
    }

    public static DepartmentInfo ToInfo(Department d) =>
        new(d.Code, d.Name, d.Email, d.Phone, d.SupervisorEmails, d.StaffUserNames, d.TimeZoneId);
}
