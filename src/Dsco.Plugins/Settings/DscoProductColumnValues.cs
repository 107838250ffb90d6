using System;
using System.Collections.Generic;
using System.Linq;
using Sellercloud.Plugins;
using C = Dsco.Plugins.Settings.DscoProductColumns;

namespace Dsco.Plugins.Settings
{
    /// <summary>
    /// A product's DSCO custom columns, typed. Reading records a problem per malformed column instead of
    /// throwing, so a bad <c>DSCOCost</c> only matters when cost is sent; reading the property of a malformed
    /// column throws <see cref="DscoCustomColumnException"/>. Column names are matched case-insensitively;
    /// empty or blank values count as not set.
    /// </summary>
    public sealed class DscoProductColumnValues
    {
        private static readonly string[] DiscontinuedAliases = { "DSCODiscontinued" };

        private readonly Dictionary<string, DscoColumnProblem> _problems = new(StringComparer.OrdinalIgnoreCase);
        private readonly int _safetyQty;
        private readonly bool _isDiscontinued;
        private readonly bool? _neimanMarcusEnabled;
        private readonly DateTime? _expectedDeliveryDate;
        private readonly decimal? _cost;

        private DscoProductColumnValues(HostProduct product)
        {
            ProductId = product.ProductId;
            var columns = product.CustomColumns ?? new Dictionary<string, string>();

            ItemId = DscoValueParser.Column(columns, C.ItemId);
            PartnerSku = DscoValueParser.Column(columns, C.PartnerSku);
            MerchantSku = DscoValueParser.Column(columns, C.MerchantSku);

            var safety = DscoValueParser.Column(columns, C.SafetyQty);
            if (safety is not null && !DscoValueParser.TryParseNonNegativeInteger(safety, out _safetyQty))
            {
                AddProblem(C.SafetyQty, safety, DscoValueParser.ExpectedNonNegativeInteger);
            }

            var discontinued = DscoValueParser.Column(columns, C.IsDiscontinued, DiscontinuedAliases);
            if (discontinued is not null && !DscoValueParser.TryParseBoolean(discontinued, out _isDiscontinued))
            {
                AddProblem(C.IsDiscontinued, discontinued, DscoValueParser.ExpectedBoolean);
            }

            var enabled = DscoValueParser.Column(columns, C.NeimanMarcusEnabled);
            if (enabled is not null)
            {
                if (DscoValueParser.TryParseBoolean(enabled, out var flag))
                {
                    _neimanMarcusEnabled = flag;
                }
                else
                {
                    AddProblem(C.NeimanMarcusEnabled, enabled, DscoValueParser.ExpectedBoolean);
                }
            }

            var date = DscoValueParser.Column(columns, C.ExpectedDeliveryDate);
            if (date is not null)
            {
                if (DscoValueParser.TryParseDate(date, out var day))
                {
                    _expectedDeliveryDate = day;
                }
                else
                {
                    AddProblem(C.ExpectedDeliveryDate, date, DscoValueParser.ExpectedDate);
                }
            }

            var cost = DscoValueParser.Column(columns, C.Cost);
            if (cost is not null)
            {
                if (DscoValueParser.TryParseDecimal(cost, out var amount) && amount >= 0m)
                {
                    _cost = amount;
                }
                else
                {
                    AddProblem(C.Cost, cost, "an amount of 0 or more with a dot for decimals and no currency sign or thousands separator (e.g. 12.50)");
                }
            }
        }

        /// <summary>The product's ProductID.</summary>
        public string ProductId { get; }

        /// <summary><c>DSCOItemID</c>; null when not set.</summary>
        public string? ItemId { get; }

        /// <summary><c>DSCOSafetyQty</c>; 0 when not set.</summary>
        public int SafetyQty => Get(C.SafetyQty, _safetyQty);

        /// <summary><c>DSCOIsDiscontinued</c> (also read from the older spelling <c>DSCODiscontinued</c>); false when not set.</summary>
        public bool IsDiscontinued => Get(C.IsDiscontinued, _isDiscontinued);

        /// <summary><c>NeimanMarcus_Enabled</c>; null when the product has no such column or it is empty.</summary>
        public bool? NeimanMarcusEnabled => Get(C.NeimanMarcusEnabled, _neimanMarcusEnabled);

        /// <summary><c>DSCOEXPECTEDDELIVERYDATE</c> as a calendar date (time of day dropped); null when not set.</summary>
        public DateTime? ExpectedDeliveryDate => Get(C.ExpectedDeliveryDate, _expectedDeliveryDate);

        /// <summary><c>DSCOCost</c>; null when not set.</summary>
        public decimal? Cost => Get(C.Cost, _cost);

        /// <summary><c>DSCOPartnerSKU</c>; null when not set.</summary>
        public string? PartnerSku { get; }

        /// <summary><c>DSCO_MerchantSKU</c>; null when not set.</summary>
        public string? MerchantSku { get; }

        /// <summary>The SKU to send to DSCO: <see cref="MerchantSku"/> when filled, otherwise the ProductID.</summary>
        public string SkuToSend => MerchantSku ?? ProductId;

        /// <summary>Every malformed column of the product.</summary>
        public IReadOnlyList<DscoColumnProblem> Problems => _problems.Values.ToArray();

        /// <summary>Reads the DSCO columns of <paramref name="product"/>.</summary>
        public static DscoProductColumnValues Read(HostProduct product)
        {
            if (product is null)
            {
                throw new ArgumentNullException(nameof(product));
            }

            return new DscoProductColumnValues(product);
        }

        /// <summary>
        /// Throws one <see cref="DscoCustomColumnException"/> for the malformed columns among
        /// <paramref name="columnNames"/> (all columns when none are given).
        /// </summary>
        public void EnsureValid(params string[] columnNames)
        {
            var problems = (columnNames is null || columnNames.Length == 0
                    ? _problems.Values
                    : columnNames.Where(_problems.ContainsKey).Select(n => _problems[n]))
                .ToArray();
            if (problems.Length > 0)
            {
                throw new DscoCustomColumnException(problems);
            }
        }

        private void AddProblem(string column, string value, string expected) =>
            _problems[column] = new DscoColumnProblem(
                ProductId,
                column,
                $"Product '{ProductId}': custom column {column} '{value}' is not valid; expected {expected}.");

        private T Get<T>(string column, T value)
        {
            if (_problems.TryGetValue(column, out var problem))
            {
                throw new DscoCustomColumnException(new[] { problem });
            }

            return value;
        }
    }
}
