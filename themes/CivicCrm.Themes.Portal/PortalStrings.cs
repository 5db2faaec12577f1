namespace CivicCrm.Themes.Portal;

/// <summary>
/// Names the portal's string resources for <c>IStringLocalizer&lt;PortalStrings&gt;</c>. Keys are the English texts;
/// translations live beside this file in <c>PortalStrings.{culture}.resx</c>.
/// </summary>
public sealed class PortalStrings;
