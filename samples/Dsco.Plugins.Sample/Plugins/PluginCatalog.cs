using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Sample.Plugins;

/// <summary>
/// The plugins a host found, keyed by <see cref="ISellercloudPlugin.DisplayName"/> (the name a seller picks in
/// a task's "Plugin" / "Export Via" menu).
/// </summary>
internal sealed class PluginCatalog
{
    private readonly Dictionary<string, ISellercloudPlugin> _byName;

    private PluginCatalog(Dictionary<string, ISellercloudPlugin> byName, IReadOnlyList<string> problems)
    {
        _byName = byName;
        Problems = problems;
    }

    /// <summary>An empty catalog.</summary>
    public static PluginCatalog Empty { get; } = new(new Dictionary<string, ISellercloudPlugin>(StringComparer.OrdinalIgnoreCase), Array.Empty<string>());

    /// <summary>Every plugin found, by display name.</summary>
    public IReadOnlyDictionary<string, ISellercloudPlugin> Plugins => _byName;

    /// <summary>What could not be loaded or was left out (duplicate names, constructors that threw), for the log.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>
    /// Discovers plugins in <paramref name="assemblies"/>: public concrete classes implementing a plugin
    /// interface with a public parameterless constructor. The first of two plugins with one name wins.
    /// </summary>
    public static PluginCatalog FromAssemblies(IEnumerable<Assembly> assemblies, IEnumerable<string>? earlierProblems = null)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        var problems = new List<string>(earlierProblems ?? Array.Empty<string>());
        var byName = new Dictionary<string, ISellercloudPlugin>(StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in assemblies)
        {
            foreach (var type in LoadableTypes(assembly, problems))
            {
                if (!IsPluginType(type))
                {
                    continue;
                }

                ISellercloudPlugin plugin;
                try
                {
                    plugin = (ISellercloudPlugin)Activator.CreateInstance(type)!;
                }
                catch (TargetInvocationException ex)
                {
                    problems.Add($"{type.FullName} ({assembly.GetName().Name}): constructor threw {ex.InnerException?.GetType().Name}: {ex.InnerException?.Message}");
                    continue;
                }

                var name = plugin.DisplayName;
                if (string.IsNullOrWhiteSpace(name))
                {
                    problems.Add($"{type.FullName} ({assembly.GetName().Name}): DisplayName is empty; left out.");
                    continue;
                }

                if (!byName.TryAdd(name.Trim(), plugin))
                {
                    problems.Add($"{type.FullName} ({assembly.GetName().Name}): another plugin is already called '{name}'; left out.");
                }
            }
        }

        return new PluginCatalog(byName, problems);
    }

    /// <summary>A catalog of ready-made plugin instances (tests, or a host that builds its plugins itself).</summary>
    public static PluginCatalog FromPlugins(IEnumerable<ISellercloudPlugin> plugins)
    {
        ArgumentNullException.ThrowIfNull(plugins);
        var problems = new List<string>();
        var byName = new Dictionary<string, ISellercloudPlugin>(StringComparer.OrdinalIgnoreCase);
        foreach (var plugin in plugins)
        {
            if (!byName.TryAdd(plugin.DisplayName.Trim(), plugin))
            {
                problems.Add($"{plugin.GetType().FullName}: another plugin is already called '{plugin.DisplayName}'; left out.");
            }
        }

        return new PluginCatalog(byName, problems);
    }

    /// <summary>The plugin called <paramref name="displayName"/> when it implements <typeparamref name="T"/>.</summary>
    public T? Find<T>(string displayName)
        where T : class, ISellercloudPlugin =>
        _byName.TryGetValue(displayName, out var plugin) ? plugin as T : null;

    /// <summary>All plugins implementing <typeparamref name="T"/>.</summary>
    public IReadOnlyList<T> OfType<T>()
        where T : class, ISellercloudPlugin =>
        _byName.Values.OfType<T>().ToList();

    internal static bool IsPluginType(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsPublic: true, ContainsGenericParameters: false } &&
        typeof(ISellercloudPlugin).IsAssignableFrom(type) &&
        (typeof(IOrderImportPlugin).IsAssignableFrom(type) || typeof(IOrderExportPlugin).IsAssignableFrom(type) || typeof(IProductExportPlugin).IsAssignableFrom(type)) &&
        type.GetConstructor(Type.EmptyTypes) is not null;

    private static IEnumerable<Type> LoadableTypes(Assembly assembly, List<string> problems)
    {
        try
        {
            return assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            // Types whose dependencies are missing cannot be plugins we can run; keep the rest.
            problems.Add($"{assembly.GetName().Name}: some types could not be loaded ({ex.LoaderExceptions.FirstOrDefault()?.Message}).");
            return ex.Types.Where(t => t is not null)!;
        }
    }
}
