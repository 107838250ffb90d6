using System;
using Dsco.Plugins.Api.Models;

namespace Dsco.Plugins.OrderImport;

/// <summary>Where an order stands at DSCO, as far as importing it is concerned.</summary>
internal enum DscoOrderState
{
    /// <summary>New: not yet acknowledged by the supplier (<c>created</c>).</summary>
    Created,

    /// <summary>Acknowledged, by us or automatically by DSCO (<c>shipment_pending</c>).</summary>
    ShipmentPending,

    /// <summary>Shipped.</summary>
    Shipped,

    /// <summary>Cancelled by the retailer.</summary>
    Cancelled,

    /// <summary>DSCO sent neither a status nor a lifecycle we know.</summary>
    Unknown,
}

/// <summary>Reads an order's state from <c>dscoStatus</c>, falling back to <c>dscoLifecycle</c>.</summary>
internal static class DscoOrderStatus
{
    public static DscoOrderState Of(Order order)
    {
        // dscoStatus is deprecated but is still the vocabulary of the page and stream filters; the lifecycle
        // is the replacement, so read it when the status is absent.
        switch (order.DscoStatus?.Trim().ToLowerInvariant())
        {
            case "created": return DscoOrderState.Created;
            case "shipment_pending": return DscoOrderState.ShipmentPending;
            case "shipped": return DscoOrderState.Shipped;
            case "cancelled": return DscoOrderState.Cancelled;
        }

        return order.DscoLifecycle?.Trim().ToLowerInvariant() switch
        {
            "received" or "created" => DscoOrderState.Created,
            "acknowledged" => DscoOrderState.ShipmentPending,
            "completed" => DscoOrderState.Shipped,
            _ => DscoOrderState.Unknown,
        };
    }

    public static string Describe(DscoOrderState state) => state switch
    {
        DscoOrderState.Created => "created",
        DscoOrderState.ShipmentPending => "shipment_pending",
        DscoOrderState.Shipped => "shipped",
        DscoOrderState.Cancelled => "cancelled",
        _ => "unknown",
    };

    /// <summary>True when the line was cancelled or rejected at DSCO and must not be imported.</summary>
    public static bool IsDropped(OrderLineItem line) =>
        string.Equals(line.Status?.Trim(), "cancelled", StringComparison.OrdinalIgnoreCase) ||
        string.Equals(line.Status?.Trim(), "rejected", StringComparison.OrdinalIgnoreCase);
}
