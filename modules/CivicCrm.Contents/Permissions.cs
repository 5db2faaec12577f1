using CivicCrm.Security;

namespace CivicCrm.Contents;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ViewContent = new("ViewContent", "View content items, drafts included",
        [Roles.Editor, Roles.Supervisor, Roles.DepartmentStaff, Roles.CallTaker]);

    public static readonly Permission EditContent = new("EditContent", "Create and edit content drafts", [Roles.Editor]);
    public static readonly Permission PublishContent = new("PublishContent", "Publish, unpublish and restore content", [Roles.Editor]);
    public static readonly Permission DeleteContent = new("DeleteContent", "Remove content items", [Roles.Editor]);
    public static readonly Permission ManageContentTypes = new("ManageContentTypes", "Create and change content types, parts and fields");

    public IEnumerable<Permission> GetPermissions() => [ViewContent, EditContent, PublishContent, DeleteContent, ManageContentTypes];
}
