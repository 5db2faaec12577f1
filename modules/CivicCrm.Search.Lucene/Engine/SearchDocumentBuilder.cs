using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Content;
using CivicCrm.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace CivicCrm.Search.Lucene.Engine;

/// <summary>
/// Turns a published content item into the Lucene document of one index: the definition's mapped fields (source
/// <c>Part.Field</c>), then whatever the owning module's contributors add. Returns null when a contributor skips it.
/// </summary>
internal static class SearchDocumentBuilder
{
    public static async Task<SearchDocumentContext> DescribeAsync(
        SearchIndexDefinition definition, ContentItem item, IEnumerable<ISearchDocumentContributor> contributors, CancellationToken cancellationToken)
    {
        var context = new SearchDocumentContext(definition.Name, item);
        foreach (var field in definition.Fields.Where(f => f.Source is not null))
        {
            foreach (var value in ValuesOf(item, field.Source!))
            {
                if (field.Kind == SearchIndexFieldKind.Keyword)
                {
                    context.AddKeyword(field.Name, value, field.Stored);
                }
                else
                {
                    context.AddText(field.Name, value, field.Boost, field.Stored);
                }
            }
        }

        foreach (var contributor in contributors)
        {
            await contributor.ContributeAsync(context, cancellationToken);
            if (context.Skip)
            {
                break;
            }
        }

        return context;
    }

    public static Document? Build(LuceneIndex index, SearchDocumentContext context)
    {
        if (context.Skip)
        {
            return null;
        }

        var definition = index.Definition;
        var document = new Document
        {
            new StringField(LuceneIndex.IdField, context.Item.ContentItemId, Field.Store.YES),
            new StringField(LuceneIndex.TypeField, context.Item.ContentType, Field.Store.YES),
        };
        string? title = null;
        foreach (var field in context.Fields)
        {
            if (field.Name.StartsWith('_'))
            {
                continue; // reserved for the engine's own fields
            }

            var declared = definition.Field(field.Name);
            var stored = declared?.Stored ?? field.Stored;
            switch (field.Kind)
            {
                case SearchFieldKind.Text:
                    if (field.Value.Length == 0)
                    {
                        break;
                    }

                    // A declared field's boost applies at query time; an undeclared one keeps the contributor's.
                    index.NoteTextField(field.Name, declared?.Boost ?? field.Boost);
                    document.Add(new TextField(field.Name, field.Value, stored ? Field.Store.YES : Field.Store.NO));
                    if (string.Equals(field.Name, "title", StringComparison.Ordinal))
                    {
                        title ??= field.Value;
                    }

                    break;
                case SearchFieldKind.Keyword:
                    document.Add(new StringField(field.Name, field.Value, stored ? Field.Store.YES : Field.Store.NO));
                    document.Add(new SortedSetDocValuesField(field.Name, new BytesRef(field.Value)));
                    break;
                default:
                    document.Add(new StoredField(field.Name, field.Value));
                    break;
            }
        }

        // Completion works on titles, unstemmed; the item's display text stands in when no field is called title.
        document.Add(new TextField(LuceneIndex.SuggestField, title ?? context.Item.DisplayText, Field.Store.YES));
        return document;
    }

    /// <summary>The text values at <c>Part.Field</c> (or <c>DisplayText</c>): a string, number or boolean, or each item of a list.</summary>
    public static IEnumerable<string> ValuesOf(ContentItem item, string source)
    {
        if (source == "DisplayText")
        {
            return [item.DisplayText];
        }

        var dot = source.IndexOf('.', StringComparison.Ordinal);
        var node = dot < 0 ? null : item.GetField(source[..dot], source[(dot + 1)..]);
        return Flatten(node).Where(v => !string.IsNullOrWhiteSpace(v));
    }

    private static IEnumerable<string> Flatten(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => array.SelectMany(Flatten),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => [value.GetValue<string>()],
            JsonValueKind.Number => [value.GetValue<double>().ToString(CultureInfo.InvariantCulture)],
            JsonValueKind.True => ["true"],
            JsonValueKind.False => ["false"],
            _ => [],
        },
        JsonObject obj => obj.Select(p => p.Value).OfType<JsonValue>().SelectMany(Flatten),
        _ => [],
    };
}
