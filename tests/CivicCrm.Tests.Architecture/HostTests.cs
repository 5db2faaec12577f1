namespace CivicCrm.Tests.Architecture;

/// <summary>The host stays thin: it composes, it does not implement.</summary>
public class HostTests
{
    [Fact]
    public void ProgramCs_OnlyComposes()
    {
        var program = File.ReadAllLines(Path.Combine(Root(), "src", "CivicCrm.Web", "Program.cs"))
            .Count(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith("//", StringComparison.Ordinal));

        Assert.True(program <= 15, $"Program.cs has {program} lines of code; move work into the platform or a module.");
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "CivicCrm.sln")))
        {
            directory = directory.Parent;
        }

        return directory.FullName;
    }
}
