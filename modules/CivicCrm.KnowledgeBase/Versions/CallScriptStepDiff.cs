using System.Globalization;
using CivicCrm.Content;
using CivicCrm.KnowledgeBase.Models;

namespace CivicCrm.KnowledgeBase.Versions;

/// <summary>
/// Compares the steps of two versions of a call script, matched by their ids: a step is added, removed, moved (out of
/// the order the other steps keep), changed (kind, text or branches), or both moved and changed. Steps that only
/// shift because another was added or removed are not "moved".
/// </summary>
public static class CallScriptStepDiff
{
    public static IReadOnlyList<ContentDiffEntry> Compare(IReadOnlyList<CallScriptStep> older, IReadOnlyList<CallScriptStep> newer)
    {
        var oldById = Index(older);
        var newById = Index(newer);
        var oldCommon = older.Select(s => s.Id).Where(newById.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        var newCommon = newer.Select(s => s.Id).Where(oldById.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        var inOrder = LongestCommonSubsequence(oldCommon, newCommon);

        var entries = new List<ContentDiffEntry>();
        foreach (var (id, (step, position)) in newById.OrderBy(p => p.Value.Position))
        {
            if (!oldById.TryGetValue(id, out var before))
            {
                entries.Add(new($"Step “{id}” added", "", Describe(step)));
                continue;
            }

            var moved = !inOrder.Contains(id);
            var changed = !string.Equals(Describe(before.Step), Describe(step), StringComparison.Ordinal);
            var label = (moved, changed) switch
            {
                (true, true) => $"Step “{id}” moved and changed",
                (true, false) => $"Step “{id}” moved",
                (false, true) => $"Step “{id}” changed",
                _ => $"Step “{id}”",
            };
            entries.Add(moved
                ? new(label, Positioned(before.Step, before.Position, older.Count), Positioned(step, position, newer.Count))
                : new(label, Describe(before.Step), Describe(step)));
        }

        foreach (var (id, (step, _)) in oldById.Where(p => !newById.ContainsKey(p.Key)).OrderBy(p => p.Value.Position))
        {
            entries.Add(new($"Step “{id}” removed", Describe(step), ""));
        }

        return entries;
    }

    /// <summary>A step as one line: "Ask: Is anyone hurt? (Yes → step “emergency”; No → step “address”)".</summary>
    public static string Describe(CallScriptStep step)
    {
        var kind = step.Kind switch
        {
            CallScriptStepKinds.Ask => "Ask",
            CallScriptStepKinds.Check => "Check",
            CallScriptStepKinds.Say => "Say",
            _ => step.Kind,
        };
        var text = $"{kind}: {step.Text}";
        return step.Branches.Count == 0 ? text : text + " (" + string.Join("; ", step.Branches.Select(b => $"{b.Answer} → step “{b.Goto}”")) + ")";
    }

    private static string Positioned(CallScriptStep step, int position, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"Step {position + 1} of {count}: {Describe(step)}");

    /// <summary>Steps by id with their position; a repeated id (refused by the editor) keeps its first step.</summary>
    private static Dictionary<string, (CallScriptStep Step, int Position)> Index(IReadOnlyList<CallScriptStep> steps)
    {
        var byId = new Dictionary<string, (CallScriptStep, int)>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            byId.TryAdd(steps[i].Id, (steps[i], i));
        }

        return byId;
    }

    /// <summary>The largest set of ids that keep their relative order in both lists (scripts are short: quadratic is fine).</summary>
    private static HashSet<string> LongestCommonSubsequence(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var lengths = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var kept = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0, j = 0; i < a.Count && j < b.Count;)
        {
            if (a[i] == b[j])
            {
                kept.Add(a[i]);
                i++;
                j++;
            }
            else if (lengths[i + 1, j] >= lengths[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return kept;
    }
}
