using CivicCrm.Modules;

[assembly: Module(
    Id = "CivicCrm.Indexing",
    Name = "Search indexes",
    Description = "Search index definitions as data: content types, fields with boosts, analyzer language and synonyms; each node's index status and rebuild in the admin.",
    Category = "Search")]
