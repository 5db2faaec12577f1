namespace CivicCrm.KnowledgeBase.Endpoints;

public sealed record KnowledgeBaseSearchDto(int Total, IReadOnlyList<KnowledgeBaseHitDto> Hits, IReadOnlyDictionary<string, IReadOnlyList<KnowledgeBaseFacetDto>> Facets, string? Fallback);

public sealed record KnowledgeBaseHitDto(string Id, string? ExternalId, string Title, string Type, string Url, float Score, IReadOnlyDictionary<string, IReadOnlyList<string>> Highlights);

public sealed record KnowledgeBaseFacetDto(string Value, string Label, int Count);

public sealed record KnowledgeBaseSuggestionDto(string Text, string? Id, string? Url);

public sealed record KnowledgeBaseImportResultDto(int Created, int Updated);
