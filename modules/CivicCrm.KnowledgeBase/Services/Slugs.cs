using System.Globalization;
using System.Text;

namespace CivicCrm.KnowledgeBase.Services;

/// <summary>URL segments from titles and names: lower case ASCII letters and digits joined by hyphens.</summary>
public static class Slugs
{
    public static string From(string? text, int maxLength = 80)
    {
        var normalized = (text ?? "").Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        var hyphen = false;
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                hyphen = false;
            }
            else if (!hyphen && builder.Length > 0)
            {
                builder.Append('-');
                hyphen = true;
            }

            if (builder.Length >= maxLength)
            {
                break;
            }
        }

        return builder.ToString().Trim('-');
    }

    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= 120 && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && !slug.StartsWith('-') && !slug.EndsWith('-');
}
