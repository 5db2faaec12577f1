using System.ComponentModel.DataAnnotations;
using CivicCrm.Departments.Calendar;
using CivicCrm.Departments.Models;
using CivicCrm.Departments.Services;

namespace CivicCrm.Departments.ViewModels;

/// <summary>The department form. Lists are one entry per line (commas work too); hours are one text box per weekday.</summary>
public sealed class DepartmentEditViewModel
{
    private static readonly char[] Separators = ['\n', '\r', ','];

    /// <summary>The code of the department being edited; null on the create form.</summary>
    public string? OriginalCode { get; set; }

    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    [Display(Name = "Supervisor emails")]
    public string? SupervisorEmails { get; set; }

    [Display(Name = "Staff user names")]
    public string? StaffUserNames { get; set; }

    [Display(Name = "Time zone")]
    public string? TimeZoneId { get; set; }

    public string? Monday { get; set; }
    public string? Tuesday { get; set; }
    public string? Wednesday { get; set; }
    public string? Thursday { get; set; }
    public string? Friday { get; set; }
    public string? Saturday { get; set; }
    public string? Sunday { get; set; }

    [Display(Name = "Public holidays")]
    public string? HolidaySet { get; set; }

    [Display(Name = "Local closures")]
    public string? Closures { get; set; }

    public static DepartmentEditViewModel NewDefaults() => new()
    {
        TimeZoneId = "America/Chicago", HolidaySet = HolidaySets.UsFederal,
        Monday = "08:00-17:00", Tuesday = "08:00-17:00", Wednesday = "08:00-17:00", Thursday = "08:00-17:00", Friday = "08:00-17:00",
    };

    public static DepartmentEditViewModel From(Department d)
    {
        var hours = DepartmentCalendarFactory.HoursOf(d);
        return new DepartmentEditViewModel
        {
            OriginalCode = d.Code, Code = d.Code, Name = d.Name, Email = d.Email, Phone = d.Phone,
            SupervisorEmails = string.Join('\n', d.SupervisorEmails), StaffUserNames = string.Join('\n', d.StaffUserNames),
            TimeZoneId = d.TimeZoneId, HolidaySet = d.HolidaySet, Closures = string.Join('\n', d.Closures.Select(c => c.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
            Monday = hours.Format(DayOfWeek.Monday), Tuesday = hours.Format(DayOfWeek.Tuesday), Wednesday = hours.Format(DayOfWeek.Wednesday),
            Thursday = hours.Format(DayOfWeek.Thursday), Friday = hours.Format(DayOfWeek.Friday), Saturday = hours.Format(DayOfWeek.Saturday),
            Sunday = hours.Format(DayOfWeek.Sunday),
        };
    }

    public DepartmentInput ToInput() => new(Code, Name, Email, Phone, Lines(SupervisorEmails), Lines(StaffUserNames), TimeZoneId,
        new Dictionary<DayOfWeek, string?>
        {
            [DayOfWeek.Monday] = Monday, [DayOfWeek.Tuesday] = Tuesday, [DayOfWeek.Wednesday] = Wednesday, [DayOfWeek.Thursday] = Thursday,
            [DayOfWeek.Friday] = Friday, [DayOfWeek.Saturday] = Saturday, [DayOfWeek.Sunday] = Sunday,
        },
        HolidaySet, Lines(Closures));

    /// <summary>The hours text of a weekday by its English name, for the form's seven inputs.</summary>
    public string? HoursOf(string day) => day switch
    {
        "Monday" => Monday, "Tuesday" => Tuesday, "Wednesday" => Wednesday, "Thursday" => Thursday,
        "Friday" => Friday, "Saturday" => Saturday, "Sunday" => Sunday, _ => null,
    };

    /// <summary>The form field an error key of <see cref="DepartmentValidator"/> belongs to: <c>hours.monday</c> is <c>Monday</c>.</summary>
    public static string FieldOf(string key)
    {
        var name = key.StartsWith("hours.", StringComparison.Ordinal) ? key[6..] : key;
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static List<string> Lines(string? text) => (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
