using System.Text.RegularExpressions;
using CivicCrm.Search.Lucene.Analysis;
using CivicCrm.Search.Lucene.Engine;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace CivicCrm.Search.Lucene.Querying;

/// <summary>
/// Makes Lucene queries of what a person typed, over every analyzed field with its boost. Plain words give a query
/// where each word may match in any field (the best field counts most), with a bonus when the words stand close
/// together; a one- or two-word search needs every word, a longer question about a third of them; a word the index
/// does not know is matched allowing one or two typos. Text using query syntax (quotes, <c>AND</c>/<c>OR</c>,
/// wildcards, <c>-word</c>) goes through Lucene's parser; syntax it refuses is searched as plain words.
/// </summary>
internal sealed partial class QueryBuilder(LuceneIndex index, IndexReader reader)
{
    private const float TieBreaker = 0.2f;
    private const int PhraseSlop = 3;
    private const float PhraseBonus = 1.5f;
    private const double MostShare = 0.3;

    [GeneratedRegex(@"[""*~()\[\]{}^]|\b(AND|OR|NOT)\b|(^|\s)[+-]\w|\w:\S")]
    private static partial Regex Syntax();

    public IReadOnlyList<string> Fields { get; } = index.TextFields.Keys.Order(StringComparer.Ordinal).ToList();

    public BuiltQuery Build(string text)
    {
        text = text.Trim();
        if (text.Length == 0 || Fields.Count == 0)
        {
            return new BuiltQuery(new MatchAllDocsQuery(), null, null, false);
        }

        if (Syntax().IsMatch(text) && Parse(text) is { } parsed)
        {
            return new BuiltQuery(parsed, null, null, false);
        }

        var words = Distinct(IndexAnalyzers.Terms(index.Analyzers.Query, Fields[0], text));
        if (words.Count == 0)
        {
            words = Distinct(IndexAnalyzers.Terms(index.Analyzers.Plain, Fields[0], text));
        }

        if (words.Count == 0)
        {
            return new BuiltQuery(new MatchAllDocsQuery(), null, null, false);
        }

        var fuzzy = false;
        var clauses = new List<Query>();
        var known = new List<string>();
        foreach (var word in words)
        {
            if (IsKnown(word) || word.Length < 4)
            {
                clauses.Add(WordQuery(word, typos: false));
                known.Add(word);
            }
            else
            {
                clauses.Add(WordQuery(word, typos: true));
                fuzzy = true;
            }
        }

        var phrase = known.Count >= 2 ? PhraseQuery(known) : null;
        var strict = Combine(clauses, phrase, MostOf(clauses.Count));
        var anyWord = clauses.Count > 1 ? Combine(clauses, phrase, 1) : null;
        var fuzzyAll = words.Any(w => w.Length >= 4)
            ? Combine(words.Select(w => WordQuery(w, typos: w.Length >= 4)).ToList(), null, 1)
            : null;
        return new BuiltQuery(strict, anyWord, fuzzy ? null : fuzzyAll, fuzzy);
    }

    private Query? Parse(string text)
    {
        var boosts = Fields.ToDictionary(f => f, index.BoostOf);
        var parser = new MultiFieldQueryParser(LanguageAnalyzer.Version, Fields.ToArray(), index.Analyzers.Query, boosts)
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
        };
        try
        {
            return parser.Parse(text);
        }
        catch (ParseException)
        {
            return null;
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return null;
        }
    }

    private bool IsKnown(string word) => Fields.Any(f => reader.DocFreq(new Term(f, word)) > 0);

    /// <summary>The word in any field, scored by its best field plus a little of the others.</summary>
    private DisjunctionMaxQuery WordQuery(string word, bool typos)
    {
        var query = new DisjunctionMaxQuery(TieBreaker);
        foreach (var field in Fields)
        {
            Query term = typos
                ? new FuzzyQuery(new Term(field, word), word.Length >= 8 ? 2 : 1, prefixLength: 1)
                : new TermQuery(new Term(field, word));
            term.Boost = index.BoostOf(field);
            query.Add(term);
        }

        return query;
    }

    /// <summary>A bonus for the words standing close together, in the best field.</summary>
    private DisjunctionMaxQuery PhraseQuery(IReadOnlyList<string> words)
    {
        var query = new DisjunctionMaxQuery(TieBreaker);
        foreach (var field in Fields)
        {
            var phrase = new PhraseQuery { Slop = PhraseSlop, Boost = index.BoostOf(field) * PhraseBonus };
            for (var i = 0; i < words.Count; i++)
            {
                phrase.Add(new Term(field, words[i]), i);
            }

            query.Add(phrase);
        }

        return query;
    }

    /// <summary>
    /// How many of the words an answer must hold: both of two words; of a longer question, about a third of them, since
    /// residents describe a problem in words the answer need not use ("weak water pressure in the shower"). Answers with
    /// more of the words still score higher: every matching word adds to the score.
    /// </summary>
    private static int MostOf(int words) => words <= 2 ? words : (int)Math.Ceiling(words * MostShare);

    /// <summary>The words as optional clauses of which at least <paramref name="minimum"/> must match, each adding to the score.</summary>
    private static BooleanQuery Combine(IReadOnlyList<Query> clauses, Query? bonus, int minimum)
    {
        var query = new BooleanQuery();
        foreach (var clause in clauses)
        {
            query.Add(clause, Occur.SHOULD);
        }

        if (bonus is not null)
        {
            query.Add(bonus, Occur.SHOULD);
        }

        query.MinimumNumberShouldMatch = minimum;
        return query;
    }

    private static List<string> Distinct(IReadOnlyList<string> words) => words.Distinct(StringComparer.Ordinal).ToList();
}
