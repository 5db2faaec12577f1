using CivicCrm.Content.Metadata;
using CivicCrm.Documents;
using CivicCrm.Indexing;
using Microsoft.EntityFrameworkCore;
using CivicCrm.Data;

namespace CivicCrm.Content;

/// <summary>Keeps types and parts in one document, read once per scope.</summary>
internal sealed class ContentDefinitionManager(DocumentStore documents, CivicDbContext db) : IContentDefinitionManager
{
    private const string DocumentName = "ContentDefinitions";
    private ContentDefinitionsDocument? _document;

    public async Task<IReadOnlyList<ContentTypeDefinition>> ListTypesAsync(CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Types.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

    public async Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Types.Find(t => Same(t.Name, name));

    public async Task<IReadOnlyList<ContentPartDefinition>> ListPartsAsync(CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Parts.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();

    public async Task<ContentPartDefinition?> GetPartAsync(string name, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Parts.Find(p => Same(p.Name, name));

    public async Task SaveTypeAsync(ContentTypeDefinition type, CancellationToken cancellationToken = default)
    {
        var errors = ContentDefinitionValidator.ValidateType(type);
        if (errors.Count > 0)
        {
            throw new ContentDefinitionException(errors);
        }

        var document = await LoadAsync(cancellationToken);
        foreach (var part in type.Parts)
        {
            if (string.IsNullOrEmpty(part.PartName))
            {
                part.PartName = part.Name;
            }

            if (!document.Parts.Exists(p => Same(p.Name, part.PartName)))
            {
                document.Parts.Add(new ContentPartDefinition { Name = part.PartName, DisplayName = part.PartName });
            }
        }

        if (string.IsNullOrWhiteSpace(type.DisplayName))
        {
            type.DisplayName = type.Name;
        }

        document.Types.RemoveAll(t => Same(t.Name, type.Name));
        document.Types.Add(type);
        await SaveAsync(document, cancellationToken);
    }

    public async Task SavePartAsync(ContentPartDefinition part, CancellationToken cancellationToken = default)
    {
        var errors = ContentDefinitionValidator.ValidatePart(part);
        if (errors.Count > 0)
        {
            throw new ContentDefinitionException(errors);
        }

        if (string.IsNullOrWhiteSpace(part.DisplayName))
        {
            part.DisplayName = part.Name;
        }

        var document = await LoadAsync(cancellationToken);
        document.Parts.RemoveAll(p => Same(p.Name, part.Name));
        document.Parts.Add(part);
        await SaveAsync(document, cancellationToken);
    }

    public async Task<bool> DeleteTypeAsync(string name, CancellationToken cancellationToken = default)
    {
        var document = await LoadAsync(cancellationToken);
        var type = document.Types.Find(t => Same(t.Name, name));
        if (type is null)
        {
            return false;
        }

        var inUse = await db.Set<ContentItemIndex>().CountAsync(i => i.ContentType == type.Name && i.Latest, cancellationToken);
        if (inUse > 0)
        {
            throw new ContentDefinitionException([new("Name", $"The type '{type.Name}' still has {inUse} item(s); remove them first.")]);
        }

        document.Types.Remove(type);
        await SaveAsync(document, cancellationToken);
        return true;
    }

    public async Task<bool> DeletePartAsync(string name, CancellationToken cancellationToken = default)
    {
        var document = await LoadAsync(cancellationToken);
        var part = document.Parts.Find(p => Same(p.Name, name));
        if (part is null)
        {
            return false;
        }

        var users = document.Types.Where(t => t.Parts.Exists(p => Same(p.PartName, part.Name))).Select(t => t.Name).ToList();
        if (users.Count > 0)
        {
            throw new ContentDefinitionException([new("Name", $"The part '{part.Name}' is used by: {string.Join(", ", users)}.")]);
        }

        document.Parts.Remove(part);
        await SaveAsync(document, cancellationToken);
        return true;
    }

    private async Task<ContentDefinitionsDocument> LoadAsync(CancellationToken cancellationToken) =>
        _document ??= await documents.GetAsync<ContentDefinitionsDocument>(DocumentName, cancellationToken) ?? new();

    private async Task SaveAsync(ContentDefinitionsDocument document, CancellationToken cancellationToken)
    {
        await documents.SaveAsync(DocumentName, document, cancellationToken);
        _document = document;
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
