using CivicCrm.Indexing;

namespace CivicCrm.Search.Lucene.Data;

/// <summary>A row of <c>SearchNodeStatus</c>: what one node last reported about its copy of one index.</summary>
public sealed class SearchNodeStatusRecord
{
    public string Node { get; set; } = "";
    public string IndexName { get; set; } = "";
    public SearchIndexState State { get; set; }
    public int Documents { get; set; }
    public long Cursor { get; set; }
    public int RebuildDone { get; set; }
    public int RebuildTotal { get; set; }
    public string? LastError { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
