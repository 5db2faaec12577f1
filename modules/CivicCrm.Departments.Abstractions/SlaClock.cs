namespace CivicCrm.Departments;

/// <summary>How an SLA target is counted.</summary>
public enum SlaClock
{
    /// <summary>Only the department's working hours count: no nights, weekends, holidays or local closures.</summary>
    BusinessHours = 1,

    /// <summary>Real elapsed time, around the clock.</summary>
    CalendarHours = 2,
}
