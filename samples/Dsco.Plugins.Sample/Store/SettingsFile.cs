using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Dsco.Plugins.Sample.Store;

/// <summary>Reads a JSON object of Custom Company Settings: <c>{ "DSCO_ClientID": "…", … }</c>, every value a string.</summary>
internal static class SettingsFile
{
    /// <summary>The settings in file order; throws <see cref="SettingsFileException"/> naming the file on any problem.</summary>
    public static async Task<IReadOnlyList<KeyValuePair<string, string>>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        string json;
        try
        {
            json = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SettingsFileException($"Settings file '{path}' cannot be read: {ex.Message}", ex);
        }

        return Parse(json, path);
    }

    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string json, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new SettingsFileException($"Settings file '{path}' is not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}): expected an object of setting names to string values.", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new SettingsFileException($"Settings file '{path}' holds a JSON {document.RootElement.ValueKind}; expected an object of setting names to string values, e.g. {{ \"DSCO_SupplierId\": \"1000001\" }}.");
            }

            var result = new List<KeyValuePair<string, string>>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (string.IsNullOrWhiteSpace(property.Name))
                {
                    throw new SettingsFileException($"Settings file '{path}' has a setting with an empty name.");
                }

                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    throw new SettingsFileException($"Settings file '{path}': setting '{property.Name}' is a JSON {property.Value.ValueKind}; expected a string (write \"True\", \"30\").");
                }

                if (!seen.Add(property.Name.Trim()))
                {
                    throw new SettingsFileException($"Settings file '{path}': setting '{property.Name}' appears twice (names are case-insensitive).");
                }

                result.Add(new KeyValuePair<string, string>(property.Name.Trim(), property.Value.GetString()!));
            }

            return result;
        }
    }
}

/// <summary>A settings file that cannot be used; the message names the file and the problem (never a value).</summary>
internal sealed class SettingsFileException : Exception
{
    public SettingsFileException(string message)
        : base(message)
    {
    }

    public SettingsFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SettingsFileException()
    {
    }
}
