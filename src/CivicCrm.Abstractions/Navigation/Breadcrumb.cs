namespace CivicCrm.Navigation;

/// <summary>
/// One step of a page's breadcrumb trail. A view sets <c>ViewData["Breadcrumbs"]</c> to a list of these (the
/// current page last, without a URL); without it the admin layout shows the menu group and the page title.
/// </summary>
public sealed record Breadcrumb(string Text, string? Url = null);
