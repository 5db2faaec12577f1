using CivicCrm.Navigation;

namespace CivicCrm.KnowledgeBase;

public sealed class AdminMenu : INavigationProvider
{
    public IEnumerable<MenuItem> GetMenuItems() =>
    [
        new MenuItem("Knowledge base", "Articles, FAQs and scripts", "/admin/kb", Permissions.EditKnowledgeBase.Name, 10),
        new MenuItem("Knowledge base", "Review queue", "/admin/kb/review", Permissions.ReviewKnowledgeBase.Name, 20),
        new MenuItem("Knowledge base", "Categories", "/admin/kb/categories", Permissions.EditKnowledgeBase.Name, 30),
    ];
}
