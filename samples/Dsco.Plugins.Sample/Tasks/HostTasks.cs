using System;
using System.Collections.Generic;
using System.Linq;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Sample.Tasks;

/// <summary>The kind of scheduled task, which decides the plugin interface and the selection it gets.</summary>
internal enum HostTaskKind
{
    OrderImport,
    Fulfilment,
    OrderExport,
    ProductExport,
}

/// <summary>
/// A scheduled task as a seller sets it up in the product spec: which plugin it runs (by display name, the
/// "Plugin" / "Export Via" choice), its check boxes, and which saved search feeds it.
/// </summary>
internal sealed record HostTaskDefinition(string Key, string Title, HostTaskKind Kind, IReadOnlyList<string> PluginNames, string? NameHint, TaskOptions Options);

/// <summary>The demo company's tasks, in the order a seller's schedule runs them.</summary>
internal static class HostTasks
{
    public static HostTaskDefinition OrderImport { get; } = new(
        "order-import",
        "Order import",
        HostTaskKind.OrderImport,
        new[] { "DSCO API v3 Order Import" },
        null,
        new TaskOptions { ImportFrom = "None" });

    /// <summary>Not a plugin: the warehouse packing and shipping what was imported.</summary>
    public static HostTaskDefinition Fulfilment { get; } = new(
        "fulfilment",
        "Warehouse fulfilment",
        HostTaskKind.Fulfilment,
        Array.Empty<string>(),
        null,
        new TaskOptions());

    public static HostTaskDefinition TrackingExport { get; } = new(
        "tracking-export",
        "Tracking export",
        HostTaskKind.OrderExport,
        new[] { "DSCO API v3 Tracking Export", "DSCO API v3 Tracking Order Export" },
        "Tracking",
        new TaskOptions { IsTrackingExport = true });

    public static HostTaskDefinition InvoiceExport { get; } = new(
        "invoice-export",
        "Invoice export",
        HostTaskKind.OrderExport,
        new[] { "DSCO API v3 Invoice Export" },
        "Invoice",
        new TaskOptions { IsInvoiceExport = true, MarkOrdersAsExported = true });

    public static HostTaskDefinition InventoryExport { get; } = new(
        "inventory-export",
        "Inventory export",
        HostTaskKind.ProductExport,
        new[] { "DSCO API v3 Inventory Export" },
        null,
        new TaskOptions());

    /// <summary>The full cycle.</summary>
    public static IReadOnlyList<HostTaskDefinition> All { get; } = new[] { OrderImport, Fulfilment, TrackingExport, InvoiceExport, InventoryExport };

    public static HostTaskDefinition? Find(string key) =>
        All.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.OrdinalIgnoreCase));
}
