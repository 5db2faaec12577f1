namespace CivicCrm.Departments;

/// <summary>Reads the departments of the city. Codes are matched case-insensitively.</summary>
public interface IDepartmentDirectory
{
    Task<IReadOnlyList<DepartmentInfo>> ListAsync(CancellationToken cancellationToken = default);

    Task<DepartmentInfo?> FindAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Codes of the departments the user works in (staff or supervisor).</summary>
    Task<IReadOnlyList<string>> DepartmentsOfAsync(string userName, CancellationToken cancellationToken = default);
}
