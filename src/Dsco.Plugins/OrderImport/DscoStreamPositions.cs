using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dsco.Plugins.Settings;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Dsco.Plugins.OrderImport;

/// <summary>
/// The value of <c>DSCO_StreamPosition</c>: empty (use the stream's own positions), one position for every
/// partition (a plain value, or a seller's reset <c>z/yyyy/MM/dd/HH/mm/000</c>), or a JSON object of
/// partition id to position, which is what the import writes for a stream with several partitions.
/// </summary>
internal sealed class DscoStreamPositions
{
    private readonly string? _all;
    private readonly Dictionary<int, string> _byPartition;

    private DscoStreamPositions(string? all, Dictionary<int, string> byPartition)
    {
        _all = all;
        _byPartition = byPartition;
    }

    /// <summary>No position saved.</summary>
    public static DscoStreamPositions Empty { get; } = new(null, new Dictionary<int, string>());

    /// <summary>True when nothing is saved, so the stream's own positions apply.</summary>
    public bool IsEmpty => _all is null && _byPartition.Count == 0;

    /// <summary>Reads the setting; a malformed value is a <see cref="DscoSettingsException"/> naming the setting.</summary>
    public static DscoStreamPositions Parse(string? raw)
    {
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Empty;
        }

        if (StreamPositionReset.IsResetFormat(text))
        {
            if (!StreamPositionReset.TryParse(text, out _, out var error))
            {
                throw Problem(text!, error!);
            }

            return new DscoStreamPositions(text, new Dictionary<int, string>());
        }

        if (text![0] == '{')
        {
            return new DscoStreamPositions(null, ParseObject(text));
        }

        return new DscoStreamPositions(text, new Dictionary<int, string>());
    }

    /// <summary>The saved position of a partition, or null to use the stream's own.</summary>
    public string? For(int partitionId) => _byPartition.TryGetValue(partitionId, out var position) ? position : _all;

    /// <summary>
    /// The setting's text for the given positions: the bare position for a one-partition stream, otherwise
    /// a JSON object ordered by partition id.
    /// </summary>
    public static string Format(IReadOnlyDictionary<int, string> positions, int partitionCount)
    {
        if (positions.Count == 1 && partitionCount <= 1)
        {
            return positions.Values.Single();
        }

        var json = new JObject();
        foreach (var pair in positions.OrderBy(p => p.Key))
        {
            json[pair.Key.ToString(CultureInfo.InvariantCulture)] = pair.Value;
        }

        return json.ToString(Formatting.None);
    }

    private static Dictionary<int, string> ParseObject(string text)
    {
        JObject json;
        try
        {
            json = JObject.Parse(text);
        }
        catch (JsonReaderException ex)
        {
            throw Problem(text, $"it is not a valid JSON object ({ex.Message})");
        }

        var positions = new Dictionary<int, string>();
        foreach (var property in json.Properties())
        {
            if (!int.TryParse(property.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var partition))
            {
                throw Problem(text, $"'{property.Name}' is not a partition number");
            }

            if (property.Value.Type != JTokenType.String || string.IsNullOrWhiteSpace((string?)property.Value))
            {
                throw Problem(text, $"the position of partition {property.Name} is not a non-empty string");
            }

            var position = ((string)property.Value!).Trim();
            if (StreamPositionReset.IsResetFormat(position) && !StreamPositionReset.TryParse(position, out _, out var error))
            {
                throw Problem(text, $"partition {property.Name}: {error}");
            }

            positions[partition] = position;
        }

        return positions;
    }

    private static DscoSettingsException Problem(string value, string reason) =>
        new(new DscoSettingProblem(
            DscoSettingNames.StreamPosition,
            $"{DscoSettingNames.StreamPosition} '{value}' is not a stream position: {reason}. Leave it empty to read from the stream's own position, " +
            $"or enter {StreamPositionReset.Format} (UTC) to re-read from a moment, e.g. {StreamPositionReset.Example}."));
}
