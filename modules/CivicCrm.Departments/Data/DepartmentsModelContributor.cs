using CivicCrm.Data;
using CivicCrm.Departments.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Departments.Data;

/// <summary>The <c>Departments</c> table; lists (staff, supervisors, hours, closures) are primitive collections.</summary>
public sealed class DepartmentsModelContributor : IDataModelContributor
{
    public void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Department>(department =>
        {
            department.ToTable("Departments");
            department.HasKey(d => d.Id);
            department.Property(d => d.Code).HasMaxLength(32);
            department.HasIndex(d => d.Code).IsUnique();
            department.Property(d => d.Name).HasMaxLength(200);
            department.Property(d => d.Email).HasMaxLength(256);
            department.Property(d => d.Phone).HasMaxLength(50);
            department.Property(d => d.TimeZoneId).HasMaxLength(100);
            department.Property(d => d.HolidaySet).HasMaxLength(32);
            department.PrimitiveCollection(d => d.SupervisorEmails);
            department.PrimitiveCollection(d => d.StaffUserNames);
            department.PrimitiveCollection(d => d.WeeklyHours);
            department.PrimitiveCollection(d => d.Closures);
        });
}
