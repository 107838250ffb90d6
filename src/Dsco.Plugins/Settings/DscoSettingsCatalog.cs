using System;
using System.Collections.Generic;
using System.Linq;
using N = Dsco.Plugins.Settings.DscoSettingNames;
using P = Dsco.Plugins.Settings.DscoPlugin;
using T = Dsco.Plugins.Settings.DscoSettingType;

namespace Dsco.Plugins.Settings
{
    /// <summary>
    /// The one table of every Custom Company Setting the DSCO plugins read. <see cref="DscoSettings"/> parses and
    /// validates by it, and a test keeps the README's settings table equal to it.
    /// </summary>
    public static class DscoSettingsCatalog
    {
        private static readonly DscoSettingDefinition[] Definitions =
        {
            // Credentials: legacy token accounts.
            new(N.Token, T.Secret, null, P.All, "API token from DSCO support; used when the client id/secret pair is not filled."),
            new(N.SupplierId, T.Text, null, P.All, "DSCO supplier account id that goes with the token."),

            // Credentials: Stream API accounts.
            new(N.ClientId, T.Text, null, P.All, "OAuth client id from DSCO support; with the client secret it selects the Stream API."),
            new(N.ClientSecret, T.Secret, null, P.All, "OAuth client secret that pairs with the client id."),
            new(N.StreamId, T.Text, null, P.OrderImport, "Id of the order stream; the order import creates it and fills this in. Leave it empty."),
            new(N.StreamPosition, T.StreamPosition, null, P.OrderImport, "How far the order stream has been read; written by the order import. To re-read from a moment, enter `z/yyyy/MM/dd/HH/mm/000` (UTC), e.g. `z/2022/09/26/20/19/000`."),

            // Inventory export.
            new(N.ConsiderReplenishableProducts, T.Boolean, "False", P.InventoryExport, "When true, replenishable products with no stock are sent with `Replenishable qty`."),
            new(N.ReplenishableQty, T.WholeNumber, null, P.InventoryExport, "Quantity sent for a replenishable product whose available quantity is 0 or below; required when `Consider replenishable products` is true."),
            new(N.UseExpectedDeliveryDate, T.Boolean, "False", P.InventoryExport, "When true, each product's `DSCOEXPECTEDDELIVERYDATE` column is sent; otherwise (or when the column is empty) today plus 7 days."),
            new(N.WarehouseCode, T.Text, null, P.OrderImport | P.InventoryExport, "The DSCO warehouse code used when `DSCO_WarehouseCodes` is empty."),
            new(N.WarehouseCodes, T.WarehouseMap, null, P.OrderImport | P.InventoryExport, "Host warehouse ids paired with DSCO warehouse codes, `id-code` separated by commas, e.g. `123-Lakewood, 245-BostonWH`. Each pair splits at its first hyphen."),
            new(N.DontSendItemId, T.Boolean, "False", P.InventoryExport, "When true, inventory goes without the DSCO item id (DSCO matches the SKU), and products without `DSCOItemID` are no longer skipped."),
            new(N.SendCost, T.Boolean, "False", P.InventoryExport, "When true, each product's `DSCOCost` column is sent as its cost."),
            new(N.SendDiscontinued, T.Boolean, "False", P.InventoryExport, "When true, each product's `DSCOIsDiscontinued` column is sent as its status.", aliases: new[] { "DSCO_sendDiscontinued" }),
            new(N.SendUpc, T.Boolean, "False", P.InventoryExport, "When true, the product's UPC is sent with inventory."),
            new(N.SendQtyOnOrder, T.Boolean, "False", P.InventoryExport, "When true, the quantity on open purchase orders is sent as `quantityOnOrder`."),

            // Tracking export.
            new(N.ExportSsccCode, T.Boolean, "False", P.TrackingExport, "When true, each package's SSCC barcode is sent with its tracking."),
            new(N.StandardWarehouseCode, T.Text, null, P.TrackingExport, "DSCO's standard warehouse code, sent with tracking when `DSCO_IncludeWarehouseCodeInTracking` is true."),
            new(N.IncludeWarehouseCodeInTracking, T.Boolean, "False", P.TrackingExport, "When true, tracking carries `DSCO_StandardWarehouseCode` (which must then be filled)."),
            new(N.SendOnePackagePerKitParent, T.Boolean, "False", P.TrackingExport, "When true, every kit parent is reported as a package of its own."),
            new(N.SendKitParentOnly, T.Boolean, "False", P.TrackingExport, "When true, tracking lists the kit parent SKU and leaves its components out."),
            new(N.SendShipFromInfo, T.Boolean, "False", P.TrackingExport, "When true, the order's ship-from address goes with the tracking."),
            new(N.SendPackageWeight, T.Boolean, "False", P.TrackingExport, "When true, package weights go with the tracking."),

            // Invoice export.
            new(N.SendInvoiceDate, T.Boolean, "False", P.InvoiceExport, "When true, the invoice carries an invoice date."),
            new(N.SendCurrencyCode, T.Boolean, "False", P.InvoiceExport, "When true, the invoice carries the order's currency code."),
            new(N.NetTermDays, T.WholeNumber, null, P.InvoiceExport, "Payment terms in days (a whole number); sent with the invoice when filled."),
            new(N.NetTermType, T.Text, null, P.InvoiceExport, "Payment terms type; sent only when `DSCO_NetTermDays` is filled and not 0."),
            new(N.SendShipToInfo, T.Boolean, "False", P.InvoiceExport, "When true, the order's ship-to address goes with the invoice."),
            new(N.SendSubtotal, T.Boolean, "False", P.InvoiceExport, "When true, each invoice line carries its subtotal."),

            // Order import.
            new(N.NeimanMarcus, T.Text, "Website", P.OrderImport, "The host channel name imported orders show as their order source; payments are recorded for this channel.", aliases: new[] { "DSCO_IntegrationName" }),
            new(N.MarkOrdersUnpaid, T.Boolean, "False", P.OrderImport, "When true, orders are imported as unpaid."),
            new(N.LockShippingMethod, T.Boolean, "False", P.OrderImport, "When true, imported orders' shipping method is locked against changes."),
            new(N.IncludeWarehouseCodesInOrderImport, T.Boolean, "False", P.OrderImport, "When true, the ship-from warehouse is set from the order's DSCO warehouse code through `DSCO_WarehouseCodes` (which must then be filled)."),
            new(N.ShippingRequiresThirdPartyBilling, T.Boolean, "False", P.OrderImport, "When true, imported orders are flagged Shipping Requires Third Party."),
            new(N.AllowShippingUsps, T.Boolean, "False", P.OrderImport, "When true, USPS orders are not flagged for third-party billing."),
            new(N.AllowShippingUps, T.Boolean, "False", P.OrderImport, "When true, UPS orders are not flagged for third-party billing."),
            new(N.CreatePayments, T.Boolean, "True", P.OrderImport, "When true, a payment is recorded on each imported order."),
            new(N.CoopFeePercentage, T.DecimalNumber, "0", P.OrderImport, "Co-op fee added to each order line, as a percentage of the line price (0 to 100; `2.5` means 2.5 %).", maximum: 100m),
        };

        private static readonly char[] NameSeparators = { ' ', '\t', '\r', '\n' };

        private static readonly Dictionary<string, DscoSettingDefinition> ByName = BuildIndex();

        /// <summary>Every setting, in the order the README lists them.</summary>
        public static IReadOnlyList<DscoSettingDefinition> All => Definitions;

        /// <summary>
        /// The definition a setting name (or a known variant spelling of it) refers to; case and surrounding or
        /// doubled spaces are ignored. <see langword="null"/> for names the plugins do not read.
        /// </summary>
        public static DscoSettingDefinition? Find(string name)
        {
            if (name is null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            return ByName.TryGetValue(NormalizeName(name), out var definition) ? definition : null;
        }

        /// <summary>The settings <paramref name="plugin"/> reads (any of the flags).</summary>
        public static IReadOnlyList<DscoSettingDefinition> ReadBy(DscoPlugin plugin) =>
            Definitions.Where(d => (d.ReadBy & plugin) != 0).ToArray();

        internal static string NormalizeName(string name) =>
            string.Join(" ", name.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries));

        private static Dictionary<string, DscoSettingDefinition> BuildIndex()
        {
            var index = new Dictionary<string, DscoSettingDefinition>(StringComparer.OrdinalIgnoreCase);
            foreach (var definition in Definitions)
            {
                index.Add(definition.Name, definition);
                foreach (var alias in definition.Aliases)
                {
                    // Aliases that differ only in case are already covered by the comparer.
                    index[alias] = definition;
                }
            }

            return index;
        }
    }
}
