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

        if (IsMalformedReset(text!, out var error))
        {
            throw Problem(text!, error!);
        }

        if (text![0] == '{')
        {
            return new DscoStreamPositions(null, ParseObject(text));
        }

        return new DscoStreamPositions(text, new Dictionary<int, string>());
    }

    /// <summary>
    /// True when <paramref name="position"/> is meant as a seller's reset but does not follow the format
    /// (an event id, which extends the reset form, is not a reset: see <see cref="StreamPositionReset.IsResetFormat"/>).
    /// </summary>
    internal static bool IsMalformedReset(string position, out string? error)
    {
        error = null;
        if (!StreamPositionReset.IsResetFormat(position))
        {
            return false;
        }

        return !StreamPositionReset.TryParse(position, out _, out error);
    }

    /// <summary>The saved position of a partition, or null to use the stream's own.</summary>
    public string? For(int partitionId) => _byPartition.TryGetValue(partitionId, out var position) ? position : _all;

    /// <summary>
    /// The setting's text for the given positions: a JSON object of partition id to position, ordered by
    /// partition id, even for a one-partition stream. A bare event id would start with <c>z/</c> like a seller's
    /// reset, and the settings check reads every <c>z/</c> value as a reset, so the import never writes one.
    /// </summary>
    public static string Format(IReadOnlyDictionary<int, string> positions)
    {
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
            if (IsMalformedReset(position, out var error))
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
            $"{DscoSettingNames.StreamPosition} '{value}' is not a stream position: {reason}. Leave it empty to read from the stream's own position."));
}
