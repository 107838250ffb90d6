using Dsco.Plugins.Api.Models;

namespace Dsco.Plugins.Tests.Api;

internal static class ShipmentSamples
{
    public static ShipmentsForUpdate One(string po = "PO-1", string tracking = "1Z1") => new()
    {
        PoNumber = po,
        Shipments =
        {
            new ShipmentForUpdate
            {
                TrackingNumber = tracking,
                ShipCarrier = "UPS",
                LineItems = { new ShipmentLineItemForUpdate { Quantity = 1, Sku = "SKU-1" } },
            },
        },
    };
}
