using System.Text.Json.Nodes;

namespace CivicCrm.Content.Metadata;

/// <summary>Settings shared by all field types; each type reads the ones that apply to it.</summary>
public sealed class FieldSettings
{
    public bool Required { get; set; }
    public string? Hint { get; set; }
    public JsonNode? Default { get; set; }

    /// <summary>Smallest number, or earliest date/date-time (ISO 8601).</summary>
    public string? Min { get; set; }

    /// <summary>Largest number, or latest date/date-time (ISO 8601).</summary>
    public string? Max { get; set; }

    public int? MinLength { get; set; }
    public int? MaxLength { get; set; }

    /// <summary>Choice fields: the allowed values.</summary>
    public List<ChoiceOption> Options { get; set; } = [];

    /// <summary>Choice and content picker fields: more than one value allowed.</summary>
    public bool Multiple { get; set; }

    /// <summary>Content picker fields: the types that may be picked (empty: any).</summary>
    public List<string> ContentTypes { get; set; } = [];
}
