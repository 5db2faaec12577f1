namespace CivicCrm.Open311.Wire;

/// <summary>
/// An element of a response, in order: values are text, numbers, booleans, instants, null, a nested
/// <see cref="Open311Object"/> or an <see cref="Open311List"/>. One tree renders to XML and to JSON (the Spark
/// convention: the XML wrapper of a list becomes a JSON array).
/// </summary>
public sealed class Open311Object : List<KeyValuePair<string, object?>>
{
    public Open311Object Set(string name, object? value)
    {
        Add(new(name, value));
        return this;
    }
}
