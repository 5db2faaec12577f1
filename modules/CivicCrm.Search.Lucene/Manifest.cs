using CivicCrm.Modules;

[assembly: Module(
    Id = "CivicCrm.Search.Lucene",
    Name = "Lucene search",
    Description = "Full-text search on Lucene.Net: each node keeps one index per definition on disk and follows the indexing journal; synonyms, highlighting, facets, suggestions and typo tolerance.",
    Category = "Search",
    Dependencies = ["CivicCrm.Indexing"])]
