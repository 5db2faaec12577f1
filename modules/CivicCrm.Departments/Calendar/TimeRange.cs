namespace CivicCrm.Departments.Calendar;

/// <summary>A working range within one local day, e.g. 08:00–12:00. <see cref="End"/> may be 24:00 (midnight at the end of the day).</summary>
public readonly record struct TimeRange(TimeSpan Start, TimeSpan End)
{
    public override string ToString() => $"{Format(Start)}-{Format(End)}";

    private static string Format(TimeSpan time) => $"{(int)time.TotalHours:00}:{time.Minutes:00}";
}
