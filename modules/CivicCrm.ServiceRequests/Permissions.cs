using CivicCrm.Security;

namespace CivicCrm.ServiceRequests;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission FileRequests = new("FileRequests", "File service requests for callers and walk-ins",
        [Roles.CallTaker, Roles.Supervisor, Roles.DepartmentStaff]);

    public static readonly Permission ViewRequests = new("ViewRequests", "See service requests, their reporters and internal notes",
        [Roles.CallTaker, Roles.Supervisor, Roles.DepartmentStaff]);

    public static readonly Permission UpdateRequests = new("UpdateRequests", "Change the status of work items, add notes, add departments, transfer and assign work items",
        [Roles.Supervisor, Roles.DepartmentStaff]);

    public static readonly Permission MergeRequests = new("MergeRequests", "Merge problems and split reports out of them",
        [Roles.Supervisor]);

    public static readonly Permission ManageRequestTypes = new("ManageRequestTypes", "Define request types, their questions and SLAs");

    public static readonly Permission ImportRequests = new("ImportRequests", "Import historical requests from a previous system, creating missing request types");

    public static readonly Permission ManageWards = new("ManageWards", "Define council wards: names, representatives and boundaries");

    public static readonly Permission ReceiveInboundEmail = new("ReceiveInboundEmail", "Post residents' emails (raw MIME) from a mail gateway to be filed as requests");

    public IEnumerable<Permission> GetPermissions() =>
        [FileRequests, ViewRequests, UpdateRequests, MergeRequests, ManageRequestTypes, ImportRequests, ManageWards, ReceiveInboundEmail];
}
