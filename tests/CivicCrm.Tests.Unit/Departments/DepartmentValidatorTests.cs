using CivicCrm.Departments.Calendar;
using CivicCrm.Departments.Services;

namespace CivicCrm.Tests.Unit.Departments;

public class DepartmentValidatorTests
{
    private static DepartmentInput Input(string timeZone = "America/Chicago", string email = "parks@riverton.example.gov", string? monday = "08:00-17:00") =>
        new("parks", " Parks & Forestry ", email, null, ["boss@riverton.example.gov"], ["c.moreno"], timeZone,
            new Dictionary<DayOfWeek, string?> { [DayOfWeek.Monday] = monday }, null, ["2026-12-24", "2026-11-27"]);

    [Fact]
    public void Validate_GoodInput_IsNormalized()
    {
        var errors = new Dictionary<string, string>();

        var department = DepartmentValidator.Validate(Input(), errors);

        Assert.Empty(errors);
        Assert.Equal(("PARKS", "Parks & Forestry", HolidaySets.UsFederal), (department!.Code, department.Name, department.HolidaySet));
        Assert.Equal(["08:00-17:00", "", "", "", "", "", ""], department.WeeklyHours);
        Assert.Equal([new DateOnly(2026, 11, 27), new DateOnly(2026, 12, 24)], department.Closures);
    }

    [Fact]
    public void Validate_BadInput_NamesEachField()
    {
        var errors = new Dictionary<string, string>();

        Assert.Null(DepartmentValidator.Validate(Input("Mars/Olympus_Mons", "not-an-email", "17:00-08:00"), errors));

        Assert.Equal(["email", "hours.monday", "timeZoneId"], errors.Keys.Order(StringComparer.Ordinal));
    }
}
