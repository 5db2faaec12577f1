using Lucene.Net.Search;

namespace CivicCrm.Search.Lucene.Querying;

/// <summary>
/// The queries for one search, tried in order: every word (<see cref="Strict"/>), then any word, then every word
/// allowing typos. <see cref="Fuzzy"/> is set when a word unknown to the index was already matched allowing typos.
/// </summary>
internal sealed record BuiltQuery(Query Strict, Query? AnyWord, Query? FuzzyAll, bool Fuzzy);
