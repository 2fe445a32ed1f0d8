using System.Reflection;
using Fluid;

namespace GovText.Report.Rendering;

/// <summary>
/// Registers a view record's public properties with Fluid under the names Fluid's own <c>Register&lt;T&gt;()</c> gives
/// them (the strategy's <see cref="MemberAccessStrategy.MemberNameStrategy"/>), each read through a delegate bound to
/// the property's getter. Fluid's own registration builds every accessor by reflection
/// (<c>Activator.CreateInstance</c> of a generic invoker per property type), which emits an invocation stub per
/// constructor and JIT-compiles the invokers' generic code on every run; a ReadyToRun image holds none of it. The
/// values the template sees are the same.
/// </summary>
internal static class ViewMembers
{
    /// <summary>Registers every public instance property of <typeparamref name="T"/> (a view record) with <paramref name="strategy"/>.</summary>
    /// <exception cref="NotSupportedException">A property's type is a value type other than <see cref="bool"/>.</exception>
    public static void Register<T>(MemberAccessStrategy strategy) where T : class
    {
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // As Fluid: no indexers, no write-only properties.
            if (property.GetIndexParameters().Length > 0 || property.GetGetMethod() is not { } getter) continue;
            strategy.Register(typeof(T), strategy.MemberNameStrategy(property), Accessor<T>(property, getter));
        }
    }

    private static IMemberAccessor Accessor<T>(PropertyInfo property, MethodInfo getter) where T : class
    {
        if (property.PropertyType == typeof(bool))
        {
            var get = getter.CreateDelegate<Func<T, bool>>();
            return new Getter(o => get((T)o));
        }
        if (!property.PropertyType.IsValueType)
        {
            // A getter returning a reference type binds to a delegate returning object (return-type covariance).
            var get = getter.CreateDelegate<Func<T, object?>>();
            return new Getter(o => get((T)o));
        }
        throw new NotSupportedException($"{typeof(T).Name}.{property.Name}: view records hold text, lists, views and flags, not {property.PropertyType}");
    }

    /// <summary>A property read for the template.</summary>
    private sealed class Getter(Func<object, object?> get) : IMemberAccessor
    {
        public object Get(object obj, string name, TemplateContext ctx) => get(obj)!;
    }
}
