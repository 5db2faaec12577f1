using System.Net;
using System.Text.RegularExpressions;

namespace CivicCrm.ServiceRequests.Inbound;

/// <summary>Turns an HTML email body into plain text: blocks become lines, tags and scripts go, entities are decoded.</summary>
internal static partial class HtmlText
{
    [GeneratedRegex(@"<(script|style|head)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/tr|/h[1-6]|/blockquote)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<!--.*?-->|<\s*/?\s*[a-zA-Z!][^>]*>", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\u00a0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();

    public static string ToPlainText(string html)
    {
        var text = Invisible().Replace(html, " ");
        text = LineBreak().Replace(text, "\n");
        text = Tag().Replace(text, " ");
        return Tidy(WebUtility.HtmlDecode(text));
    }

    /// <summary>
    /// Plain text as intake accepts it: anything that looks like a tag (a quoted "Name &lt;a@b.org&gt;" line, a decoded
    /// entity) is removed, spaces collapsed, at most one blank line in a row.
    /// </summary>
    public static string Tidy(string text)
    {
        text = Tag().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), " ");
        var lines = text.Split('\n').Select(line => Spaces().Replace(line, " ").Trim());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }
}
