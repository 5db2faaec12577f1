using CivicCrm.Indexing;
using CivicCrm.Search.Lucene.Analysis;

namespace CivicCrm.Tests.Unit.Search;

public class AnalyzerTests
{
    private static IReadOnlyList<string> Terms(string language, AnalyzerMode mode, string text, params string[] synonyms)
    {
        var (map, error) = SynonymRules.Build(language, synonyms);
        Assert.Null(error);
        using var analyzer = new LanguageAnalyzer(language, mode, map);
        return IndexAnalyzers.Terms(analyzer, "body", text);
    }

    [Fact]
    public void English_StemsPluralsAndPossessives_AndFoldsAccents()
    {
        var terms = Terms(SearchAnalyzers.English, AnalyzerMode.Index, "The rats' nests near Café Street");

        Assert.Equal(["the", "rat", "nest", "near", "cafe", "street"], terms);
    }

    [Fact]
    public void EnglishQuery_DropsStopWords_IndexKeepsThem()
    {
        Assert.Equal(["report", "pothol"], Terms(SearchAnalyzers.English, AnalyzerMode.Query, "how to report a pothole"));
        Assert.Contains("how", Terms(SearchAnalyzers.English, AnalyzerMode.Index, "how to report a pothole"));
    }

    [Fact]
    public void Spanish_StemsLightly_AndFoldsAccents()
    {
        var terms = Terms(SearchAnalyzers.Spanish, AnalyzerMode.Query, "Recolección de las basuras");

        Assert.Equal(["recoleccion", "basur"], terms);
    }

    [Fact]
    public void Standard_DoesNotStem()
    {
        Assert.Equal(["potholes", "reported"], Terms(SearchAnalyzers.Standard, AnalyzerMode.Index, "Potholes reported"));
    }

    [Fact]
    public void Synonyms_AreAddedAtTheSamePosition_InEveryInflection()
    {
        var terms = Terms(SearchAnalyzers.English, AnalyzerMode.Index, "a rodent in the kitchen", "rats, rodents");

        Assert.Contains("rodent", terms);
        Assert.Contains("rat", terms);
    }

    [Fact]
    public void MultiWordSynonyms_AddThePhraseOfTheOther()
    {
        var terms = Terms(SearchAnalyzers.English, AnalyzerMode.Index, "broken street light on Elm", "street lamp, street light");

        Assert.Contains("lamp", terms);
        Assert.Contains("light", terms);
        Assert.Equal(2, terms.Count(t => t == "street"));
    }

    [Fact]
    public void Synonyms_AreNotExpandedInQueries()
    {
        Assert.Equal(["trash"], Terms(SearchAnalyzers.English, AnalyzerMode.Query, "trash", "trash, garbage"));
    }

    [Fact]
    public void SynonymRules_ThatCannotBeRead_AreReported()
    {
        var (map, error) = SynonymRules.Build(SearchAnalyzers.English, ["rats, ..."]);

        Assert.Null(map);
        Assert.NotNull(error);
    }
}
