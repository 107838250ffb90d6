using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Dsco.Plugins.Settings
{
    /// <summary>One host warehouse and the DSCO warehouse code it is known by.</summary>
    /// <param name="WarehouseId">The host (Sellercloud) warehouse id.</param>
    /// <param name="DscoCode">The DSCO warehouse code.</param>
    public sealed record DscoWarehouseMapping(int WarehouseId, string DscoCode);

    /// <summary>
    /// The pairs of <c>DSCO_WarehouseCodes</c>, looked up either way, with <c>DSCO_WarehouseCode</c> as the code to
    /// use when the list is empty. DSCO codes are compared case-insensitively.
    /// </summary>
    public sealed class DscoWarehouseMap
    {
        private readonly Dictionary<int, string> _codeByWarehouse;
        private readonly Dictionary<string, int> _warehouseByCode;

        /// <summary>Creates a map from pairs: positive warehouse ids and non-blank codes, each unique.</summary>
        public DscoWarehouseMap(IEnumerable<DscoWarehouseMapping> mappings, string? defaultCode)
        {
            if (mappings is null)
            {
                throw new ArgumentNullException(nameof(mappings));
            }

            var list = mappings.ToList();
            _codeByWarehouse = new Dictionary<int, string>();
            _warehouseByCode = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var mapping in list)
            {
                if (mapping is null || mapping.WarehouseId <= 0 || DscoValueParser.Clean(mapping.DscoCode) is null)
                {
                    throw new ArgumentException("Every pair needs a positive warehouse id and a non-blank DSCO code.", nameof(mappings));
                }

                if (_codeByWarehouse.ContainsKey(mapping.WarehouseId))
                {
                    throw new ArgumentException($"Warehouse id {mapping.WarehouseId} appears more than once.", nameof(mappings));
                }

                if (_warehouseByCode.ContainsKey(mapping.DscoCode))
                {
                    throw new ArgumentException($"DSCO warehouse code '{mapping.DscoCode}' appears more than once.", nameof(mappings));
                }

                _codeByWarehouse.Add(mapping.WarehouseId, mapping.DscoCode);
                _warehouseByCode.Add(mapping.DscoCode, mapping.WarehouseId);
            }

            Mappings = list;
            DefaultCode = DscoValueParser.Clean(defaultCode);
        }

        /// <summary>A map with no pairs and no default code.</summary>
        public static DscoWarehouseMap Empty { get; } = new DscoWarehouseMap(Array.Empty<DscoWarehouseMapping>(), null);

        /// <summary>The pairs, in the order they were written.</summary>
        public IReadOnlyList<DscoWarehouseMapping> Mappings { get; }

        /// <summary>The code from <c>DSCO_WarehouseCode</c>, used only when there are no pairs.</summary>
        public string? DefaultCode { get; }

        /// <summary>True when <c>DSCO_WarehouseCodes</c> lists no pairs.</summary>
        public bool IsEmpty => Mappings.Count == 0;

        /// <summary>
        /// The DSCO code for a host warehouse: its pair when the list has pairs (a warehouse not listed has none),
        /// otherwise the default code, when set.
        /// </summary>
        public bool TryGetDscoCode(int warehouseId, out string dscoCode)
        {
            if (!IsEmpty)
            {
                return _codeByWarehouse.TryGetValue(warehouseId, out dscoCode!);
            }

            dscoCode = DefaultCode!;
            return DefaultCode is not null;
        }

        /// <summary>The host warehouse paired with a DSCO code (case-insensitive, trimmed). The default code maps to no warehouse.</summary>
        public bool TryGetWarehouseId(string dscoCode, out int warehouseId)
        {
            warehouseId = 0;
            var code = DscoValueParser.Clean(dscoCode);
            return code is not null && _warehouseByCode.TryGetValue(code, out warehouseId);
        }

        /// <summary>
        /// Reads the text of <c>DSCO_WarehouseCodes</c>. Pairs are separated by commas; each splits at its first
        /// hyphen into a positive warehouse id and a non-empty code (so codes may contain hyphens). Spaces around
        /// parts and empty entries (a trailing comma) are ignored.
        /// </summary>
        /// <param name="text">The setting's raw text.</param>
        /// <param name="defaultCode">The value of <c>DSCO_WarehouseCode</c>.</param>
        /// <param name="map">The map, when every entry is good.</param>
        /// <param name="errors">One description per bad entry or duplicate, otherwise empty.</param>
        public static bool TryParse(string? text, string? defaultCode, out DscoWarehouseMap map, out IReadOnlyList<string> errors)
        {
            var problems = new List<string>();
            var mappings = new List<DscoWarehouseMapping>();
            var seenIds = new HashSet<int>();
            var seenCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

            foreach (var rawEntry in (text ?? string.Empty).Split(','))
            {
                var entry = rawEntry.Trim();
                if (entry.Length == 0)
                {
                    continue;
                }

                var hyphen = entry.IndexOf('-');
                if (hyphen < 0)
                {
                    problems.Add($"'{entry}' has no hyphen between warehouse id and DSCO code");
                    continue;
                }

                var idText = entry.Substring(0, hyphen).Trim();
                var code = entry.Substring(hyphen + 1).Trim();
                if (!DscoValueParser.TryParseNonNegativeInteger(idText, out var id) || id == 0 || idText[0] == '+')
                {
                    problems.Add($"'{entry}' does not start with a warehouse id (a positive whole number)");
                    continue;
                }

                if (code.Length == 0)
                {
                    problems.Add($"'{entry}' has no DSCO code after the hyphen");
                    continue;
                }

                if (!seenIds.Add(id))
                {
                    problems.Add($"warehouse id {id.ToString(CultureInfo.InvariantCulture)} is listed more than once");
                    continue;
                }

                if (!seenCodes.Add(code))
                {
                    problems.Add($"DSCO code '{code}' is listed for more than one warehouse");
                    continue;
                }

                mappings.Add(new DscoWarehouseMapping(id, code));
            }

            errors = problems;
            if (problems.Count > 0)
            {
                map = Empty;
                return false;
            }

            map = new DscoWarehouseMap(mappings, defaultCode);
            return true;
        }

        /// <inheritdoc />
        public override string ToString() =>
            IsEmpty
                ? (DefaultCode is null ? "(none)" : "(all) -> " + DefaultCode)
                : string.Join(", ", Mappings.Select(m => m.WarehouseId.ToString(CultureInfo.InvariantCulture) + "-" + m.DscoCode));
    }
}
