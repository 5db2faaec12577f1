namespace CivicCrm.Open311.Models;

/// <summary>Calls of one partition (an API key's hash prefix, or a client address) in one fixed window, counted in the database so every node shares them.</summary>
public sealed class RateWindow
{
    public string Partition { get; set; } = "";
    public DateTime WindowStartUtc { get; set; }
    public int Calls { get; set; }
}
