namespace CivicCrm.Indexing;

/// <summary>The analyzers an index definition may choose.</summary>
public static class SearchAnalyzers
{
    /// <summary>English with stemming (the default): "rats", "rat" and "rat's" are one word.</summary>
    public const string English = "english";

    /// <summary>Spanish with light stemming and accents folded.</summary>
    public const string Spanish = "spanish";

    /// <summary>Words lower-cased and accents folded, no stemming: for names and codes in any language.</summary>
    public const string Standard = "standard";

    public static readonly IReadOnlyList<string> All = [English, Spanish, Standard];
}
