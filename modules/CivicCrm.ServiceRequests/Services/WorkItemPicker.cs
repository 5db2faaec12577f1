using CivicCrm.ServiceRequests.Models;

namespace CivicCrm.ServiceRequests.Services;

/// <summary>
/// Which work item of a problem a staff action means: the named department's (its open item first, else its newest),
/// or, with no department named, the only item or the only open one.
/// </summary>
public static class WorkItemPicker
{
    public static WorkItem? Pick(IReadOnlyList<WorkItem> items, string? departmentCode)
    {
        if (!string.IsNullOrWhiteSpace(departmentCode))
        {
            var code = departmentCode.Trim();
            return items.Where(w => string.Equals(w.DepartmentCode, code, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(w => w.Status.IsOpen()).ThenByDescending(w => w.Id).FirstOrDefault();
        }

        if (items.Count == 1)
        {
            return items[0];
        }

        var open = items.Where(w => w.Status.IsOpen()).ToList();
        return open.Count == 1 ? open[0] : null;
    }
}
