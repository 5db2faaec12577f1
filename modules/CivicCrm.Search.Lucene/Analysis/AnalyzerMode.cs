namespace CivicCrm.Search.Lucene.Analysis;

internal enum AnalyzerMode
{
    /// <summary>Documents: stemmed words and their synonyms at the same positions.</summary>
    Index,

    /// <summary>What a person typed: stemmed words without stop words; synonyms are already in the index.</summary>
    Query,

    /// <summary>Stemmed words without synonyms or stop words removed: how synonym rules themselves are read.</summary>
    Rules,

    /// <summary>Titles for completion: lower-cased and folded, not stemmed, so a prefix matches what people type.</summary>
    Suggest,
}
