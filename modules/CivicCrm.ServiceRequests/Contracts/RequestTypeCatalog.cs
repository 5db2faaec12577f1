using CivicCrm.ServiceRequests.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Contracts;

/// <summary>The active request types for other channels.</summary>
internal sealed class RequestTypeCatalog(DbContext db) : IRequestTypeCatalog
{
    public async Task<IReadOnlyList<ServiceTypeInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<RequestType>().AsNoTracking().Where(t => t.Active).OrderBy(t => t.Group).ThenBy(t => t.Name).ToListAsync(cancellationToken))
            .Select(ToInfo).ToList();

    public async Task<ServiceTypeInfo?> FindAsync(string code, CancellationToken cancellationToken = default) =>
        await db.Set<RequestType>().AsNoTracking().FirstOrDefaultAsync(t => t.Code == code && t.Active, cancellationToken) is { } type ? ToInfo(type) : null;

    private static ServiceTypeInfo ToInfo(RequestType type) => new(
        type.Code, type.Name, type.Group, type.Keywords, type.Description, type.DepartmentCode,
        type.Questions.OrderBy(q => q.Order).Select(q => new QuestionInfo(
            q.Code, q.Label, q.DataType, q.Required, q.Order, q.HelpText, q.Values.Select(v => new QuestionChoiceInfo(v.Key, v.Name)).ToList())).ToList());
}
