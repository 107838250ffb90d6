using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;

namespace Dsco.Plugins.Sample.Plugins;

/// <summary>
/// Loads plugin assemblies from a folder, each in its own <see cref="AssemblyLoadContext"/> with its own
/// dependencies (Newtonsoft.Json, Polly, Microsoft.Extensions.*), while sharing the contract assemblies with the
/// host so <c>IOrderImportPlugin</c> in the plugin is the host's <c>IOrderImportPlugin</c>.
/// </summary>
internal static class PluginLoader
{
    /// <summary>
    /// Assemblies whose types cross the host/plugin boundary (the contract and <c>ILogger</c>), always taken
    /// from the host, together with what Logging.Abstractions itself is built on: a shared assembly whose
    /// dependencies were loaded twice would hand the plugin types it cannot use (e.g. IServiceCollection).
    /// </summary>
    internal static readonly IReadOnlySet<string> SharedAssemblies = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Sellercloud.Plugins.Abstractions",
        "Microsoft.Extensions.Logging.Abstractions",
        "Microsoft.Extensions.DependencyInjection.Abstractions",
        "System.Diagnostics.DiagnosticSource",
    };

    private const string ContractAssembly = "Sellercloud.Plugins.Abstractions";

    /// <summary>The default plugins folder: <c>plugins</c> next to the host's assembly.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <summary>
    /// Loads every assembly in <paramref name="directory"/> that references the contract and discovers its
    /// plugins. A missing folder gives an empty catalog with a note, not an error.
    /// </summary>
    public static PluginCatalog LoadDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var problems = new List<string>();
        var assemblies = new List<Assembly>();
        if (!Directory.Exists(directory))
        {
            problems.Add($"plugins folder '{directory}' does not exist; no plugins loaded.");
            return PluginCatalog.FromAssemblies(assemblies, problems);
        }

        foreach (var path in Directory.EnumerateFiles(directory, "*.dll").OrderBy(p => p, StringComparer.Ordinal))
        {
            if (!ReferencesContract(path))
            {
                continue;
            }

            try
            {
                var context = new PluginLoadContext(path);
                assemblies.Add(context.LoadFromAssemblyPath(path));
            }
            catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or FileNotFoundException)
            {
                problems.Add($"{Path.GetFileName(path)}: could not be loaded ({ex.Message}).");
            }
        }

        return PluginCatalog.FromAssemblies(assemblies, problems);
    }

    /// <summary>Reads the file's metadata (without loading it) to see whether it was built against the contract.</summary>
    internal static bool ReferencesContract(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                return false;
            }

            var metadata = pe.GetMetadataReader();
            if (metadata.IsAssembly && string.Equals(metadata.GetString(metadata.GetAssemblyDefinition().Name), ContractAssembly, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            return metadata.AssemblyReferences.Any(h => string.Equals(metadata.GetString(metadata.GetAssemblyReference(h).Name), ContractAssembly, StringComparison.OrdinalIgnoreCase));
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    private sealed class PluginLoadContext : AssemblyLoadContext
    {
        private readonly AssemblyDependencyResolver _resolver;
        private readonly string _directory;

        public PluginLoadContext(string pluginPath)
            : base(Path.GetFileNameWithoutExtension(pluginPath), isCollectible: false)
        {
            _resolver = new AssemblyDependencyResolver(pluginPath);
            _directory = Path.GetDirectoryName(pluginPath)!;
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name is null || SharedAssemblies.Contains(assemblyName.Name))
            {
                // Null defers to the host's (default) context: one copy of the contract types for both sides.
                return null;
            }

            var path = _resolver.ResolveAssemblyToPath(assemblyName);
            if (path is null)
            {
                var candidate = Path.Combine(_directory, assemblyName.Name + ".dll");
                path = File.Exists(candidate) ? candidate : null;
            }

            // Anything not shipped with the plugin (the framework itself) comes from the host.
            return path is null ? null : LoadFromAssemblyPath(path);
        }

        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
        {
            var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
            return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
        }
    }
}
