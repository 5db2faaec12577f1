namespace CivicCrm.Content;

public enum VersionOptions
{
    /// <summary>The newest version, draft or published.</summary>
    Latest,

    /// <summary>The published version, if any.</summary>
    Published,
}
