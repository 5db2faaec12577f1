using Lucene.Net.Search;

namespace CivicCrm.Search.Lucene.Querying;

/// <summary>
/// The queries for one search, tried in order: enough of the words (<see cref="Strict"/>: every word of a short search, a third of a long question), then any word, then every word
/// allowing typos. <see cref="Fuzzy"/> is set when a word unknown to the index was already matched allowing typos.
/// </summary>
internal sealed record BuiltQuery(Query Strict, Query? AnyWord, Query? FuzzyAll, bool Fuzzy);
