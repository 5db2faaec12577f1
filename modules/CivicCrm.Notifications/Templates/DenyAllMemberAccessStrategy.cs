using Fluid;

namespace CivicCrm.Notifications.Templates;

/// <summary>
/// The allow-list is empty: no property of any .NET object is reachable from a template. Models are converted to
/// Liquid dictionaries first (<see cref="TemplateModelConverter"/>), so their keys are all a template can read.
/// </summary>
internal sealed class DenyAllMemberAccessStrategy : MemberAccessStrategy
{
    public override MemberAccessor? GetAccessor(Type type, string name, StringComparer comparer) => null;

    public override void Register(Type type, string name, MemberAccessor getter) =>
        throw new NotSupportedException("Templates may not read .NET members; pass values in the model dictionary.");
}
