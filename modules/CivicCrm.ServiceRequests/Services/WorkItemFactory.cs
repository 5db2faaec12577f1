using CivicCrm.Departments;
using CivicCrm.ServiceRequests.Models;

namespace CivicCrm.ServiceRequests.Services;

/// <summary>A new work item for one department, due after the type's SLA hours in that department's calendar.</summary>
public sealed class WorkItemFactory(ISlaCalendar calendar)
{
    public async Task<WorkItem> CreateAsync(long problemId, string departmentCode, RequestType? type, DateTime now, CancellationToken cancellationToken)
    {
        var defaults = new RequestType();
        var start = new DateTimeOffset(DateTime.SpecifyKind(now, DateTimeKind.Utc));
        var clock = type?.SlaClock ?? defaults.SlaClock;
        return new WorkItem
        {
            ProblemId = problemId,
            DepartmentCode = departmentCode,
            CreatedUtc = now,
            DueUtc = (await calendar.AddAsync(departmentCode, start, type?.SlaTargetHours ?? defaults.SlaTargetHours, clock, cancellationToken)).UtcDateTime,
            WarningUtc = (await calendar.AddAsync(departmentCode, start, type?.SlaWarningHours ?? defaults.SlaWarningHours, clock, cancellationToken)).UtcDateTime,
        };
    }
}
