namespace CivicCrm.Content.Metadata;

/// <summary>Reads and writes content types and parts. Changes apply to the next validation and editor.</summary>
public interface IContentDefinitionManager
{
    Task<IReadOnlyList<ContentTypeDefinition>> ListTypesAsync(CancellationToken cancellationToken = default);
    Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ContentPartDefinition>> ListPartsAsync(CancellationToken cancellationToken = default);
    Task<ContentPartDefinition?> GetPartAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a type; parts it names that do not exist are created empty.</summary>
    Task SaveTypeAsync(ContentTypeDefinition type, CancellationToken cancellationToken = default);

    Task SavePartAsync(ContentPartDefinition part, CancellationToken cancellationToken = default);
    Task<bool> DeleteTypeAsync(string name, CancellationToken cancellationToken = default);
    Task<bool> DeletePartAsync(string name, CancellationToken cancellationToken = default);
}
