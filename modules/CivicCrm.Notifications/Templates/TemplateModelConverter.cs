using System.Collections;
using System.Globalization;
using System.Text.Json;
using Fluid.Values;

namespace CivicCrm.Notifications.Templates;

/// <summary>
/// Turns a model into Liquid values: strings, numbers, booleans, dates, dictionaries with string keys and lists of
/// those. Anything else becomes its text, so a template can print it but never reach into it.
/// </summary>
internal static class TemplateModelConverter
{
    private const int MaxDepth = 16;

    public static FluidValue Convert(object? value, int depth = 0) => value switch
    {
        null => NilValue.Instance,
        FluidValue fluid => fluid,
        string text => StringValue.Create(text),
        bool flag => BooleanValue.Create(flag),
        int or long or short or byte or uint or ulong or ushort or sbyte or float or double or decimal =>
            NumberValue.Create(System.Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
        DateTimeOffset moment => DateTimeValue.Create(moment),
        DateTime moment => DateTimeValue.Create(moment),
        JsonElement json => FromJson(json, depth),
        _ when depth >= MaxDepth => NilValue.Instance,
        IReadOnlyDictionary<string, object?> map => Dictionary(map, depth),
        IDictionary<string, object?> map => Dictionary(map.AsReadOnly(), depth),
        IEnumerable list => ArrayValue.Create(list.Cast<object?>().Select(item => Convert(item, depth + 1)).ToArray()),
        _ => StringValue.Create(System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private static DictionaryValue Dictionary(IReadOnlyDictionary<string, object?> map, int depth) =>
        DictionaryValue.Create(new FluidValueDictionaryFluidIndexable(
            map.ToDictionary(pair => pair.Key, pair => Convert(pair.Value, depth + 1), StringComparer.Ordinal)));

    private static FluidValue FromJson(JsonElement json, int depth) => json.ValueKind switch
    {
        JsonValueKind.String => StringValue.Create(json.GetString()!),
        JsonValueKind.Number => NumberValue.Create(json.GetDecimal()),
        JsonValueKind.True => BooleanValue.True,
        JsonValueKind.False => BooleanValue.False,
        JsonValueKind.Object when depth < MaxDepth => DictionaryValue.Create(new FluidValueDictionaryFluidIndexable(
            json.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value, depth + 1), StringComparer.Ordinal))),
        JsonValueKind.Array when depth < MaxDepth => ArrayValue.Create(json.EnumerateArray().Select(e => FromJson(e, depth + 1)).ToArray()),
        _ => NilValue.Instance,
    };
}
