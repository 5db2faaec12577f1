namespace CivicCrm.Navigation;

/// <summary>The admin menu entries a feature adds. Offered only while the feature is enabled.</summary>
public interface INavigationProvider
{
    IEnumerable<MenuItem> GetMenuItems();
}
