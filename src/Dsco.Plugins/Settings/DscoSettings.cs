using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Sellercloud.Plugins;
using N = Dsco.Plugins.Settings.DscoSettingNames;

namespace Dsco.Plugins.Settings
{
    /// <summary>
    /// A company's DSCO Custom Company Settings, read into typed values by <see cref="DscoSettingsCatalog"/>.
    /// </summary>
    /// <remarks>
    /// Reading never throws for a bad value: each problem is recorded against its setting, so a typo in an
    /// invoice-only setting does not stop the order import. A plugin calls <see cref="EnsureValidFor"/> before
    /// it calls DSCO; reading the property of a setting that has a problem throws <see cref="DscoSettingsException"/>.
    /// Missing, empty and blank values all mean "use the default". Missing or half-filled credentials surface
    /// through <see cref="AuthMode"/> and <see cref="EnsureValidFor"/>; the credential properties return what was typed.
    /// The instance is immutable and safe to share between threads.
    /// </remarks>
    public sealed class DscoSettings
    {
        private readonly Dictionary<string, object?> _values = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _given = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, DscoSettingProblem> _problems = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> _unrecognized = new();
        private DscoAuthMode _authMode;
        private DscoSettingProblem? _credentialProblem;

        private DscoSettings(IReadOnlyDictionary<string, string> raw)
        {
            var byDefinition = Collect(raw);
            foreach (var definition in DscoSettingsCatalog.All)
            {
                if (definition.Type == DscoSettingType.WarehouseMap)
                {
                    continue; // needs DSCO_WarehouseCode first; done below.
                }

                ReadOne(definition, Pick(definition, byDefinition));
            }

            var warehouseMap = DscoSettingsCatalog.Find(N.WarehouseCodes)!;
            ReadWarehouseMap(warehouseMap, Pick(warehouseMap, byDefinition));
            CheckCredentials();
            CheckDependencies();
        }

        /// <summary>Reads the company's settings from the host and parses them.</summary>
        /// <param name="settings">The host's settings store.</param>
        /// <param name="companyId">The company whose settings to read.</param>
        /// <param name="cancellationToken">Cancels the read.</param>
        public static async Task<DscoSettings> LoadAsync(ICompanySettings settings, int companyId, CancellationToken cancellationToken = default)
        {
            if (settings is null)
            {
                throw new ArgumentNullException(nameof(settings));
            }

            var raw = await settings.GetAllAsync(companyId, cancellationToken).ConfigureAwait(false);
            return Parse(raw ?? new Dictionary<string, string>());
        }

        /// <summary>
        /// Parses raw settings (name to typed text). Names are matched case-insensitively and known variant
        /// spellings are accepted; settings the plugins do not read are ignored.
        /// </summary>
        public static DscoSettings Parse(IReadOnlyDictionary<string, string> raw)
        {
            if (raw is null)
            {
                throw new ArgumentNullException(nameof(raw));
            }

            return new DscoSettings(raw);
        }

        /// <summary>Every problem found: missing or half-filled credentials first, then one per setting in catalog order.</summary>
        public IReadOnlyList<DscoSettingProblem> Problems => ProblemsFor(DscoPlugin.All);

        /// <summary>
        /// Names that look like DSCO settings (they start with <c>DSCO</c>) but are not ones the plugins read —
        /// usually a typo worth a warning in the task log.
        /// </summary>
        public IReadOnlyList<string> UnrecognizedSettingNames => _unrecognized;

        /// <summary>How to authenticate: Stream OAuth when client id and secret are both filled, otherwise the legacy token.</summary>
        /// <exception cref="DscoSettingsException">The credentials are missing or half filled.</exception>
        public DscoAuthMode AuthMode
        {
            get
            {
                var credentialProblems = CredentialProblems();
                if (credentialProblems.Count > 0)
                {
                    throw new DscoSettingsException(credentialProblems);
                }

                return _authMode;
            }
        }

        /// <summary><c>DSCO_Token</c>: the legacy API token. Secret: never log it.</summary>
        public string? Token => Get<string?>(N.Token);

        /// <summary><c>DSCO_SupplierId</c>: the DSCO supplier account id.</summary>
        public string? SupplierId => Get<string?>(N.SupplierId);

        /// <summary><c>DSCO_ClientID</c>: the OAuth client id.</summary>
        public string? ClientId => Get<string?>(N.ClientId);

        /// <summary><c>DSCO_ClientSecret</c>: the OAuth client secret. Secret: never log it.</summary>
        public string? ClientSecret => Get<string?>(N.ClientSecret);

        /// <summary><c>DSCO_StreamID</c>: the order stream's id, once the order import has created it.</summary>
        public string? StreamId => Get<string?>(N.StreamId);

        /// <summary><c>DSCO_StreamPosition</c>, trimmed: an opaque position the plugin wrote, a seller's reset, or null.</summary>
        public string? StreamPosition => Get<string?>(N.StreamPosition);

        /// <summary>The UTC moment a seller's reset in <c>DSCO_StreamPosition</c> names; null when the position is not a reset.</summary>
        public DateTimeOffset? StreamPositionResetTime =>
            StreamPositionReset.IsResetFormat(StreamPosition) && StreamPositionReset.TryParse(StreamPosition, out var moment, out _)
                ? moment
                : null;

        /// <summary><c>Consider replenishable products</c> (default false).</summary>
        public bool ConsiderReplenishableProducts => Get<bool>(N.ConsiderReplenishableProducts);

        /// <summary><c>Replenishable qty</c>; null when not set.</summary>
        public int? ReplenishableQty => Get<int?>(N.ReplenishableQty);

        /// <summary><c>DSCOUseExpectedDeliveryDate</c> (default false).</summary>
        public bool UseExpectedDeliveryDate => Get<bool>(N.UseExpectedDeliveryDate);

        /// <summary><c>DSCO_WarehouseCode</c>: the DSCO code used when <see cref="WarehouseCodes"/> has no pairs.</summary>
        public string? WarehouseCode => Get<string?>(N.WarehouseCode);

        /// <summary><c>DSCO_WarehouseCodes</c> with <c>DSCO_WarehouseCode</c> as its fallback; empty when not set.</summary>
        public DscoWarehouseMap WarehouseCodes => Get<DscoWarehouseMap>(N.WarehouseCodes);

        /// <summary><c>DSCO_DontSendItemID</c> (default false).</summary>
        public bool DontSendItemId => Get<bool>(N.DontSendItemId);

        /// <summary><c>DSCOSendCost</c> (default false).</summary>
        public bool SendCost => Get<bool>(N.SendCost);

        /// <summary><c>DSCO_SendDiscontinued</c> (default false).</summary>
        public bool SendDiscontinued => Get<bool>(N.SendDiscontinued);

        /// <summary><c>DSCO_SendUPC</c> (default false).</summary>
        public bool SendUpc => Get<bool>(N.SendUpc);

        /// <summary><c>DSCO_SendQtyOnOrder</c> (default false).</summary>
        public bool SendQtyOnOrder => Get<bool>(N.SendQtyOnOrder);

        /// <summary><c>DSCO_ExportSsccCode</c> (default false).</summary>
        public bool ExportSsccCode => Get<bool>(N.ExportSsccCode);

        /// <summary><c>DSCO_StandardWarehouseCode</c>; null when not set.</summary>
        public string? StandardWarehouseCode => Get<string?>(N.StandardWarehouseCode);

        /// <summary><c>DSCO_IncludeWarehouseCodeInTracking</c> (default false).</summary>
        public bool IncludeWarehouseCodeInTracking => Get<bool>(N.IncludeWarehouseCodeInTracking);

        /// <summary><c>DSCO_SendOnePackagePerKitParent</c> (default false).</summary>
        public bool SendOnePackagePerKitParent => Get<bool>(N.SendOnePackagePerKitParent);

        /// <summary><c>DSCO_SendKitParentOnly</c> (default false).</summary>
        public bool SendKitParentOnly => Get<bool>(N.SendKitParentOnly);

        /// <summary><c>DSCO_SendShipFromInfo</c> (default false).</summary>
        public bool SendShipFromInfo => Get<bool>(N.SendShipFromInfo);

        /// <summary><c>DSCO_SendPackageWeight</c> (default false).</summary>
        public bool SendPackageWeight => Get<bool>(N.SendPackageWeight);

        /// <summary><c>DSCO_SendInvoiceDate</c> (default false).</summary>
        public bool SendInvoiceDate => Get<bool>(N.SendInvoiceDate);

        /// <summary><c>DSCO_SendCurrencyCode</c> (default false).</summary>
        public bool SendCurrencyCode => Get<bool>(N.SendCurrencyCode);

        /// <summary><c>DSCO_NetTermDays</c>; null when not set (nothing is sent).</summary>
        public int? NetTermDays => Get<int?>(N.NetTermDays);

        /// <summary><c>DSCO_NetTermType</c>; null when not set.</summary>
        public string? NetTermType => Get<string?>(N.NetTermType);

        /// <summary><c>DSCO_SendShipToInfo</c> (default false).</summary>
        public bool SendShipToInfo => Get<bool>(N.SendShipToInfo);

        /// <summary><c>DSCO_SendSubtotal</c> (default false).</summary>
        public bool SendSubtotal => Get<bool>(N.SendSubtotal);

        /// <summary><c>DSCO_NeimanMarcus</c>: the host channel name orders are imported under (default <c>Website</c>).</summary>
        public string ChannelName => Get<string?>(N.NeimanMarcus)!;

        /// <summary><c>DSCO_MarkOrdersUnpaid</c> (default false).</summary>
        public bool MarkOrdersUnpaid => Get<bool>(N.MarkOrdersUnpaid);

        /// <summary><c>DSCO_LockShippingMethod</c> (default false).</summary>
        public bool LockShippingMethod => Get<bool>(N.LockShippingMethod);

        /// <summary><c>DSCO_IncludeWarehouseCodesInOrderImport</c> (default false).</summary>
        public bool IncludeWarehouseCodesInOrderImport => Get<bool>(N.IncludeWarehouseCodesInOrderImport);

        /// <summary><c>DSCO_ShippingRequiresThirdPartyBilling</c> (default false).</summary>
        public bool ShippingRequiresThirdPartyBilling => Get<bool>(N.ShippingRequiresThirdPartyBilling);

        /// <summary><c>DSCO_AllowShippingUSPS</c> (default false).</summary>
        public bool AllowShippingUsps => Get<bool>(N.AllowShippingUsps);

        /// <summary><c>DSCO_AllowShippingUPS</c> (default false).</summary>
        public bool AllowShippingUps => Get<bool>(N.AllowShippingUps);

        /// <summary><c>DSCO_CreatePayments</c> (default <b>true</b>).</summary>
        public bool CreatePayments => Get<bool>(N.CreatePayments);

        /// <summary><c>DSCO_CoopFeePercentage</c> as a percentage: 2.5 means 2.5 % (default 0).</summary>
        public decimal CoopFeePercentage => Get<decimal>(N.CoopFeePercentage);

        /// <summary>True when the setting (by any accepted spelling) has a non-blank value.</summary>
        public bool IsSet(string settingName)
        {
            var definition = DscoSettingsCatalog.Find(settingName)
                ?? throw new ArgumentException($"'{settingName}' is not a DSCO setting.", nameof(settingName));
            return _given.ContainsKey(definition.Name);
        }

        /// <summary>The problems in the settings <paramref name="plugin"/> reads (credentials count for every plugin).</summary>
        public IReadOnlyList<DscoSettingProblem> ProblemsFor(DscoPlugin plugin)
        {
            var problems = new List<DscoSettingProblem>();
            if (plugin != DscoPlugin.None && _credentialProblem is not null)
            {
                problems.Add(_credentialProblem);
            }

            problems.AddRange(DscoSettingsCatalog.ReadBy(plugin).Where(d => _problems.ContainsKey(d.Name)).Select(d => _problems[d.Name]));
            return problems;
        }

        /// <summary>
        /// Throws one <see cref="DscoSettingsException"/> listing every problem in the settings
        /// <paramref name="plugin"/> reads; problems in other plugins' settings are ignored.
        /// </summary>
        public void EnsureValidFor(DscoPlugin plugin)
        {
            var problems = ProblemsFor(plugin);
            if (problems.Count > 0)
            {
                throw new DscoSettingsException(
                    problems,
                    $"The DSCO company settings have {problems.Count} problem(s) that stop {Describe(plugin)} (Settings > Company > Toolbox > Custom Settings):");
            }
        }

        /// <summary>The settings that were given, with secrets shown as REDACTED, and the problem count.</summary>
        public override string ToString()
        {
            var text = new StringBuilder("DscoSettings { ");
            text.Append("AuthMode = ").Append(CredentialProblems().Count > 0 ? "(invalid)" : _authMode.ToString());
            foreach (var definition in DscoSettingsCatalog.All)
            {
                if (_given.TryGetValue(definition.Name, out var value))
                {
                    text.Append(", ").Append(definition.Name).Append(" = ").Append(DscoValueParser.Quote(value, definition.IsSecret));
                    if (_problems.ContainsKey(definition.Name))
                    {
                        text.Append(" (invalid)");
                    }
                }
            }

            text.Append(", Problems = ").Append(Problems.Count.ToString(CultureInfo.InvariantCulture)).Append(" }");
            return text.ToString();
        }

        internal static string Describe(DscoPlugin plugin)
        {
            var names = new List<string>();
            if ((plugin & DscoPlugin.OrderImport) != 0)
            {
                names.Add("Order Import");
            }

            if ((plugin & DscoPlugin.TrackingExport) != 0)
            {
                names.Add("Tracking Export");
            }

            if ((plugin & DscoPlugin.InvoiceExport) != 0)
            {
                names.Add("Invoice Export");
            }

            if ((plugin & DscoPlugin.InventoryExport) != 0)
            {
                names.Add("Inventory Export");
            }

            return names.Count == 0 ? "no plugin" : "the DSCO " + string.Join(", ", names);
        }

        private static string Expected(DscoSettingDefinition definition) => definition.Type switch
        {
            DscoSettingType.Boolean => DscoValueParser.ExpectedBoolean,
            DscoSettingType.WholeNumber => DscoValueParser.ExpectedNonNegativeInteger,
            DscoSettingType.DecimalNumber => string.Format(
                CultureInfo.InvariantCulture,
                "a number from 0 to {0} with a dot for decimals and no thousands separator (e.g. 2.5)",
                definition.Maximum ?? decimal.MaxValue),
            _ => "text",
        };

        private Dictionary<string, List<KeyValuePair<string, string>>> Collect(IReadOnlyDictionary<string, string> raw)
        {
            var byDefinition = new Dictionary<string, List<KeyValuePair<string, string>>>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in raw)
            {
                if (pair.Key is null)
                {
                    continue;
                }

                var definition = DscoSettingsCatalog.Find(pair.Key);
                if (definition is null)
                {
                    var name = pair.Key.Trim();
                    if (name.StartsWith("DSCO", StringComparison.OrdinalIgnoreCase))
                    {
                        _unrecognized.Add(name);
                    }

                    continue;
                }

                var value = DscoValueParser.Clean(pair.Value);
                if (value is null)
                {
                    continue;
                }

                if (!byDefinition.TryGetValue(definition.Name, out var list))
                {
                    byDefinition[definition.Name] = list = new List<KeyValuePair<string, string>>();
                }

                list.Add(new KeyValuePair<string, string>(pair.Key.Trim(), value));
            }

            return byDefinition;
        }

        /// <summary>The one value given for a setting, or null; records a problem when spellings disagree.</summary>
        private string? Pick(DscoSettingDefinition definition, Dictionary<string, List<KeyValuePair<string, string>>> byDefinition)
        {
            if (!byDefinition.TryGetValue(definition.Name, out var given))
            {
                return null;
            }

            var distinct = given.Select(g => g.Value).Distinct(StringComparer.Ordinal).ToList();
            _given[definition.Name] = distinct[0];
            if (distinct.Count > 1)
            {
                var listing = string.Join(", ", given.Select(g => $"{g.Key} = {DscoValueParser.Quote(g.Value, definition.IsSecret)}"));
                AddProblem(definition.Name, $"{definition.Name} is set more than once with different values ({listing}); expected one setting. Delete the extra spellings.");
                return null;
            }

            return distinct[0];
        }

        private void ReadOne(DscoSettingDefinition definition, string? value)
        {
            if (_problems.ContainsKey(definition.Name))
            {
                return;
            }

            var text = value ?? definition.DefaultValue;
            switch (definition.Type)
            {
                case DscoSettingType.Boolean:
                    if (DscoValueParser.TryParseBoolean(text ?? string.Empty, out var flag))
                    {
                        _values[definition.Name] = flag;
                        return;
                    }

                    break;

                case DscoSettingType.WholeNumber:
                    if (text is null)
                    {
                        _values[definition.Name] = null;
                        return;
                    }

                    if (DscoValueParser.TryParseNonNegativeInteger(text, out var number))
                    {
                        _values[definition.Name] = (int?)number;
                        return;
                    }

                    break;

                case DscoSettingType.DecimalNumber:
                    // "2.5%" is how people write a percentage; the sign adds nothing but is not wrong.
                    var digits = (text ?? string.Empty).Trim();
                    if (digits.Length > 0 && digits[digits.Length - 1] == '%')
                    {
                        digits = digits.Substring(0, digits.Length - 1);
                    }

                    if (DscoValueParser.TryParseDecimal(digits, out var amount) && amount >= 0m && (definition.Maximum is null || amount <= definition.Maximum))
                    {
                        _values[definition.Name] = amount;
                        return;
                    }

                    break;

                case DscoSettingType.StreamPosition:
                    _values[definition.Name] = text;
                    if (StreamPositionReset.IsResetFormat(text) && !StreamPositionReset.TryParse(text, out _, out var error))
                    {
                        AddProblem(definition.Name, $"{definition.Name} {DscoValueParser.Quote(text, false)} looks like a reset but {error}. Clear it to let the plugin resume where it was.");
                    }

                    return;

                default:
                    _values[definition.Name] = text;
                    return;
            }

            AddProblem(definition.Name, $"{definition.Name} {DscoValueParser.Quote(text, definition.IsSecret)} is not valid; expected {Expected(definition)}.");
        }

        private void ReadWarehouseMap(DscoSettingDefinition definition, string? value)
        {
            if (_problems.ContainsKey(definition.Name) || _problems.ContainsKey(N.WarehouseCode))
            {
                _values[definition.Name] = DscoWarehouseMap.Empty;
                return;
            }

            var defaultCode = (string?)_values[N.WarehouseCode];
            if (DscoWarehouseMap.TryParse(value, defaultCode, out var map, out var errors))
            {
                _values[definition.Name] = map;
                return;
            }

            _values[definition.Name] = DscoWarehouseMap.Empty;
            AddProblem(
                definition.Name,
                $"{definition.Name} {DscoValueParser.Quote(value, false)} is not valid: {string.Join("; ", errors)}. Expected host warehouse id and DSCO code joined by a hyphen, pairs separated by commas, e.g. 123-Lakewood, 245-BostonWH.");
        }

        private void CheckCredentials()
        {
            if (_problems.ContainsKey(N.Token) || _problems.ContainsKey(N.ClientId) || _problems.ContainsKey(N.ClientSecret))
            {
                return;
            }

            var hasId = _values[N.ClientId] is not null;
            var hasSecret = _values[N.ClientSecret] is not null;
            if (hasId && hasSecret)
            {
                _authMode = DscoAuthMode.StreamOAuth;
            }
            else if (hasId)
            {
                _credentialProblem = new DscoSettingProblem(N.ClientSecret, $"{N.ClientSecret} is empty but {N.ClientId} is filled; the Stream API needs both. Fill {N.ClientSecret}, or clear {N.ClientId} to use {N.Token}.");
            }
            else if (hasSecret)
            {
                _credentialProblem = new DscoSettingProblem(N.ClientId, $"{N.ClientId} is empty but {N.ClientSecret} is filled; the Stream API needs both. Fill {N.ClientId}, or clear {N.ClientSecret} to use {N.Token}.");
            }
            else if (_values[N.Token] is not null)
            {
                _authMode = DscoAuthMode.LegacyToken;
            }
            else
            {
                _credentialProblem = new DscoSettingProblem(N.Token, $"No DSCO credentials are set. Fill {N.ClientId} and {N.ClientSecret} (accounts on the Stream API), or {N.Token} and {N.SupplierId} (older accounts).");
            }
        }

        private void CheckDependencies()
        {
            Require(N.ConsiderReplenishableProducts, N.ReplenishableQty, "the quantity to send for replenishable products with no stock (a whole number, 0 or more)");
            Require(N.IncludeWarehouseCodeInTracking, N.StandardWarehouseCode, "DSCO's standard warehouse code to send with tracking");
            if (!_problems.ContainsKey(N.IncludeWarehouseCodesInOrderImport)
                && !_problems.ContainsKey(N.WarehouseCodes)
                && (bool)_values[N.IncludeWarehouseCodesInOrderImport]!
                && ((DscoWarehouseMap)_values[N.WarehouseCodes]!).IsEmpty)
            {
                AddProblem(
                    N.IncludeWarehouseCodesInOrderImport,
                    $"{N.IncludeWarehouseCodesInOrderImport} is True but {N.WarehouseCodes} is empty; expected warehouse pairs such as 123-Lakewood, 245-BostonWH so a DSCO warehouse code can be turned into a ship-from warehouse.");
            }
        }

        private void Require(string flagName, string requiredName, string expected)
        {
            if (_problems.ContainsKey(flagName) || _problems.ContainsKey(requiredName))
            {
                return;
            }

            if ((bool)_values[flagName]! && _values[requiredName] is null)
            {
                AddProblem(flagName, $"{flagName} is True but {requiredName} is empty; expected {expected}.");
            }
        }

        private List<DscoSettingProblem> CredentialProblems()
        {
            var problems = new[] { N.Token, N.ClientId, N.ClientSecret }.Where(_problems.ContainsKey).Select(n => _problems[n]).ToList();
            if (_credentialProblem is not null)
            {
                problems.Insert(0, _credentialProblem);
            }

            return problems;
        }

        private void AddProblem(string settingName, string message) => _problems[settingName] = new DscoSettingProblem(settingName, message);

        private T Get<T>(string settingName)
        {
            if (_problems.TryGetValue(settingName, out var problem))
            {
                throw new DscoSettingsException(problem);
            }

            return (T)_values[settingName]!;
        }
    }
}
