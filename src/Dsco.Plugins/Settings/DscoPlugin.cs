using System;

namespace Dsco.Plugins.Settings
{
    /// <summary>The four DSCO plugins, as flags so a setting can name every plugin that reads it.</summary>
    [Flags]
    public enum DscoPlugin
    {
        /// <summary>No plugin.</summary>
        None = 0,

        /// <summary>DSCO API v3 Order Import.</summary>
        OrderImport = 1,

        /// <summary>DSCO API v3 Tracking Export.</summary>
        TrackingExport = 2,

        /// <summary>DSCO API v3 Invoice Export.</summary>
        InvoiceExport = 4,

        /// <summary>DSCO API v3 Inventory Export.</summary>
        InventoryExport = 8,

        /// <summary>Every plugin (credentials).</summary>
        All = OrderImport | TrackingExport | InvoiceExport | InventoryExport,
    }
}
