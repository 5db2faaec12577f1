namespace CivicCrm.ServiceRequests.Import;

/// <summary>What an import did: counts, the request types it created, and the first <see cref="MaxErrors"/> row errors.</summary>
public sealed class ImportReport
{
    public const int MaxErrors = 1000;

    private readonly List<ImportRowError> _errors = [];

    public int Imported { get; set; }

    public int SkippedExisting { get; set; }

    /// <summary>Imported rows filed under an existing open problem rather than opening one.</summary>
    public int Linked { get; set; }

    public int ErrorCount { get; private set; }

    public IReadOnlyList<ImportRowError> Errors => _errors;

    public List<string> TypesCreated { get; } = [];

    public void Add(ImportRowError error)
    {
        ErrorCount++;
        if (_errors.Count < MaxErrors)
        {
            _errors.Add(error);
        }
    }

    public void AddRange(IEnumerable<ImportRowError> errors)
    {
        foreach (var error in errors)
        {
            Add(error);
        }
    }
}
