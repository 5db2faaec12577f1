using CivicCrm.Departments;
using CivicCrm.ServiceRequests.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Import;

/// <summary>
/// The request types an import refers to, loaded once (codes matched case-insensitively, retired types included:
/// history may use them). Creates a missing type when asked: named after the row, owned by its department when that
/// exists, else by the triage queue, and flagged for an administrator to review.
/// </summary>
public sealed class ImportTypeCatalog(DbContext db, IDepartmentDirectory departments)
{
    public const string TriageDepartment = "UNASSIGNED";

    private Dictionary<string, RequestType>? _types;

    public async Task<RequestType?> FindAsync(string code, CancellationToken cancellationToken)
    {
        _types ??= (await db.Set<RequestType>().AsNoTracking().ToListAsync(cancellationToken))
            .ToDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);
        return _types.GetValueOrDefault(code);
    }

    /// <summary>Adds and saves a type for <paramref name="row"/>'s code (in the caller's transaction).</summary>
    public async Task<RequestType> CreateAsync(ParsedImportRow row, CancellationToken cancellationToken)
    {
        var department = row.DepartmentCode is { } code ? await departments.FindAsync(code, cancellationToken) : null;
        department ??= await departments.FindAsync(TriageDepartment, cancellationToken);
        var type = new RequestType
        {
            Code = row.ServiceCode,
            Name = row.ServiceName ?? row.ServiceCode,
            Description = "Created by an import of historical requests: check its department, SLA and questions.",
            DepartmentCode = department?.Code ?? TriageDepartment,
            // Without a department there is no business calendar to count in.
            SlaClock = department is null ? SlaClock.CalendarHours : SlaClock.BusinessHours,
            NeedsReview = true,
        };
        db.Add(type);
        await db.SaveChangesAsync(cancellationToken);
        _types![type.Code] = type;
        return type;
    }

    /// <summary>Forgets types created in a batch that rolled back.</summary>
    public void Forget(IEnumerable<string> codes)
    {
        foreach (var code in codes)
        {
            _types?.Remove(code);
        }
    }
}
