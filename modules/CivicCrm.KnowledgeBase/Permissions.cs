using CivicCrm.Security;

namespace CivicCrm.KnowledgeBase;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission EditKnowledgeBase = new("EditKnowledgeBase",
        "Write FAQs, articles and call scripts, submit them for review, archive them, manage categories, import and export",
        [Roles.Editor]);

    public static readonly Permission ReviewKnowledgeBase = new("ReviewKnowledgeBase",
        "Approve (publish) knowledge base items or send them back with a comment", [Roles.Editor]);

    public static readonly Permission ViewInternalKnowledgeBase = new("ViewInternalKnowledgeBase",
        "Read internal (staff only) knowledge base items and call scripts",
        [Roles.Editor, Roles.CallTaker, Roles.Supervisor, Roles.DepartmentStaff]);

    public IEnumerable<Permission> GetPermissions() => [EditKnowledgeBase, ReviewKnowledgeBase, ViewInternalKnowledgeBase];
}
