using System.ComponentModel.DataAnnotations;

namespace CivicCrm.Search.Lucene;

/// <summary><c>CivicCrm:Search</c>: where this node keeps its indexes and how it follows the journal.</summary>
public sealed class SearchOptions
{
    /// <summary>The folder of this node's indexes; relative paths are under the content root. Default <c>App_Data/indexes/&lt;node&gt;</c>.</summary>
    public string? IndexPath { get; set; }

    /// <summary>This node's name in the index status; the machine name by default.</summary>
    [RegularExpression("^[A-Za-z0-9._-]{1,64}$")]
    public string? NodeName { get; set; }

    /// <summary>How often the journal is polled.</summary>
    [Range(0.05, 3600)]
    public double PollSeconds { get; set; } = 1;

    /// <summary>Journal entries applied and committed together.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;
}
