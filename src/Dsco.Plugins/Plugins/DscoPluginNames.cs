namespace Dsco.Plugins.Plugins;

/// <summary>
/// The display names sellers pick the DSCO plugins by in the host's Plugin / Export Via menus. They are part
/// of the sellers' saved task configuration and must never change.
/// </summary>
public static class DscoPluginNames
{
    /// <summary>The order import plugin.</summary>
    public const string OrderImport = "DSCO API v3 Order Import";

    /// <summary>The tracking export plugin.</summary>
    public const string TrackingExport = "DSCO API v3 Tracking Export";

    /// <summary>The invoice export plugin.</summary>
    public const string InvoiceExport = "DSCO API v3 Invoice Export";

    /// <summary>The inventory export plugin.</summary>
    public const string InventoryExport = "DSCO API v3 Inventory Export";
}
