using System.Text.RegularExpressions;
using CivicCrm.ServiceRequests.Models;

namespace CivicCrm.ServiceRequests.Inbound;

/// <summary>
/// Picks the request type an email is about by its keywords and name: the type with the most distinct matching
/// phrases wins (longer phrases count more, a match in the subject counts three times). No match at all means triage.
/// </summary>
public static class RequestTypeMatcher
{
    public static RequestType? Match(IEnumerable<RequestType> types, string subject, string body)
    {
        ArgumentNullException.ThrowIfNull(types);
        RequestType? best = null;
        var bestScore = 0.0;
        foreach (var type in types.OrderBy(t => t.Code, StringComparer.Ordinal))
        {
            var score = 0.0;
            foreach (var phrase in Phrases(type))
            {
                var weight = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                if (Contains(subject, phrase))
                {
                    score += 3 * weight;
                }
                else if (Contains(body, phrase))
                {
                    score += weight;
                }
            }

            if (score > bestScore)
            {
                (best, bestScore) = (type, score);
            }
        }

        return best;
    }

    private static IEnumerable<string> Phrases(RequestType type) =>
        type.Keywords.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Append(type.Name)
            .Select(p => p.ToLowerInvariant())
            .Where(p => p.Length >= 3)
            .Distinct(StringComparer.Ordinal);

    private static bool Contains(string text, string phrase) =>
        Regex.IsMatch(text, @"\b" + Regex.Escape(phrase).Replace(@"\ ", @"\s+", StringComparison.Ordinal) + @"s?\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
}
