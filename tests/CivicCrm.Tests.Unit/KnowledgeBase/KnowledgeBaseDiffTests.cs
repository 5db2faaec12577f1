using CivicCrm.Content;
using CivicCrm.KnowledgeBase.Models;
using CivicCrm.KnowledgeBase.Versions;

namespace CivicCrm.Tests.Unit.KnowledgeBase;

public class KnowledgeBaseDiffTests
{
    private static CallScriptStep Step(string id, string text, string kind = CallScriptStepKinds.Say, params (string Answer, string Goto)[] branches) => new()
    {
        Id = id,
        Kind = kind,
        Text = text,
        Branches = branches.Select(b => new CallScriptBranch { Answer = b.Answer, Goto = b.Goto }).ToList(),
    };

    private static List<CallScriptStep> Script() =>
    [
        Step("greet", "Thank the caller."),
        Step("hurt", "Is anyone hurt?", CallScriptStepKinds.Ask, ("Yes", "emergency"), ("No", "where")),
        Step("where", "Ask for the nearest address."),
        Step("emergency", "Transfer to 911."),
    ];

    private static ContentDiffEntry Row(IReadOnlyList<ContentDiffEntry> rows, string label) =>
        Assert.Single(rows, r => r.Label == label);

    private static List<ContentDiffEntry> Changed(IReadOnlyList<ContentDiffEntry> rows) => rows.Where(r => r.Old != r.New).ToList();

    [Fact]
    public void Compare_SameSteps_NothingChanged()
    {
        var rows = CallScriptStepDiff.Compare(Script(), Script());

        Assert.Equal(4, rows.Count);
        Assert.Empty(Changed(rows));
        Assert.Equal("Ask: Is anyone hurt? (Yes → step “emergency”; No → step “where”)", Row(rows, "Step “hurt”").New);
    }

    [Fact]
    public void Compare_StepAdded_OnlyTheNewStepChanges_TheOnesAfterItAreNotMoved()
    {
        var newer = Script();
        newer.Insert(1, Step("name", "Ask for the caller's name.", CallScriptStepKinds.Ask));

        var changed = Changed(CallScriptStepDiff.Compare(Script(), newer));

        var added = Assert.Single(changed);
        Assert.Equal("Step “name” added", added.Label);
        Assert.Equal("", added.Old);
        Assert.Equal("Ask: Ask for the caller's name.", added.New);
    }

    [Fact]
    public void Compare_StepRemoved_ShowsItsOldText()
    {
        var newer = Script();
        newer.RemoveAt(3);

        var removed = Assert.Single(Changed(CallScriptStepDiff.Compare(Script(), newer)));

        Assert.Equal("Step “emergency” removed", removed.Label);
        Assert.Equal("Say: Transfer to 911.", removed.Old);
        Assert.Equal("", removed.New);
    }

    [Fact]
    public void Compare_StepMoved_OnlyTheMovedStepIsMarked_WithBothPositions()
    {
        var newer = Script();
        var emergency = newer[3];
        newer.RemoveAt(3);
        newer.Insert(0, emergency);

        var moved = Assert.Single(Changed(CallScriptStepDiff.Compare(Script(), newer)));

        Assert.Equal("Step “emergency” moved", moved.Label);
        Assert.Equal("Step 4 of 4: Say: Transfer to 911.", moved.Old);
        Assert.Equal("Step 1 of 4: Say: Transfer to 911.", moved.New);
    }

    [Fact]
    public void Compare_StepReworded_OrBranchChanged_IsChanged()
    {
        var newer = Script();
        newer[0].Text = "Thank the caller and give your name.";
        newer[1].Branches[1].Goto = "emergency";

        var changed = Changed(CallScriptStepDiff.Compare(Script(), newer));

        Assert.Equal(["Step “greet” changed", "Step “hurt” changed"], changed.Select(r => r.Label));
        Assert.Equal("Say: Thank the caller and give your name.", changed[0].New);
        Assert.EndsWith("No → step “emergency”)", changed[1].New, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_StepMovedAndReworded_SaysBoth()
    {
        var newer = Script();
        var emergency = newer[3];
        newer.RemoveAt(3);
        newer.Insert(1, emergency);
        emergency.Text = "Transfer to 911 and stay on the line.";

        var row = Assert.Single(Changed(CallScriptStepDiff.Compare(Script(), newer)));

        Assert.Equal("Step “emergency” moved and changed", row.Label);
        Assert.Equal("Step 4 of 4: Say: Transfer to 911.", row.Old);
        Assert.Equal("Step 2 of 4: Say: Transfer to 911 and stay on the line.", row.New);
    }

    [Fact]
    public void Compare_Part_NamesCategories_AndShowsStatusAddressAndFormat()
    {
        var names = new Dictionary<string, string> { ["trash"] = "Trash & Recycling", ["bulk"] = "Bulk pickup" };
        var older = new KnowledgeBasePart { Status = KnowledgeBaseStatus.Published, Categories = ["trash"], Slug = "missed-trash" };
        var newer = new KnowledgeBasePart { Status = KnowledgeBaseStatus.InReview, Categories = ["trash", "bulk"], Slug = "missed-trash", BodyFormat = KnowledgeBaseFormats.Html };

        var rows = KnowledgeBaseDiff.Compare(older, newer, "01abc", slug => names.GetValueOrDefault(slug, slug));

        Assert.Equal(new ContentDiffEntry("Workflow status", "Published", "In review"), Row(rows, "Workflow status"));
        Assert.Equal(new ContentDiffEntry("Categories", "Trash & Recycling", "Trash & Recycling, Bulk pickup"), Row(rows, "Categories"));
        Assert.Equal(new ContentDiffEntry("Public address", "/kb/missed-trash", "/kb/missed-trash"), Row(rows, "Public address"));
        Assert.Equal(new ContentDiffEntry("Body format", "Markdown", "HTML (imported)"), Row(rows, "Body format"));
        Assert.DoesNotContain(rows, r => r.Label.StartsWith("Step", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_Part_OfAScript_IncludesItsSteps()
    {
        var older = new KnowledgeBasePart { Steps = Script() };
        var newer = new KnowledgeBasePart { Steps = [.. Script().Take(3)] };

        var rows = KnowledgeBaseDiff.Compare(older, newer, "01abc", slug => slug);

        Assert.Equal("Say: Transfer to 911.", Row(rows, "Step “emergency” removed").Old);
    }
}
