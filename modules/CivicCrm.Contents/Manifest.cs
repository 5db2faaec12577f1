using CivicCrm.Modules;

[assembly: Module(
    Id = "CivicCrm.Contents",
    Name = "Contents",
    Description = "Content types, parts and fields as data; content items with drafts, versions and an audit trail.",
    Category = "Content",
    AlwaysEnabled = true)]
