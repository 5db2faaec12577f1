namespace CivicCrm.Modules;

/// <summary>The registered implementations of <typeparamref name="T"/> whose feature is enabled right now.</summary>
public interface IEnabledServices<out T>
{
    IEnumerable<T> All { get; }
}
