using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Api.Internal;
using Dsco.Plugins.Api.Models;

namespace Dsco.Plugins.Api;

/// <summary>Shipments (tracking): single and small-batch creates. Both are non-idempotent.</summary>
public sealed class ShipmentsClient
{
    private readonly DscoTransport _transport;

    internal ShipmentsClient(DscoTransport transport) => _transport = transport;

    /// <summary>
    /// <c>POST /order/singleShipment</c> (201, synchronous). After an ambiguous failure this throws
    /// <see cref="DscoOutcomeUnknownException"/> without re-sending: read the order's <c>packages</c> before retrying.
    /// </summary>
    public Task<SuccessFailResponse> CreateSingleAsync(ShipmentsForUpdate shipment, CancellationToken cancellationToken = default)
    {
        Validate(shipment, nameof(shipment));
        var body = DscoTransport.JsonBody(DscoOperation.CreateSingleShipment, shipment);
        return _transport.SendAsync(DscoOperation.CreateSingleShipment, "/order/singleShipment", body, ReadSuccessFail, cancellationToken);
    }

    /// <summary>
    /// <c>POST /order/shipment/batch/small</c> (202, asynchronous; body at most 5 MB, split with <see cref="DscoBatching"/>).
    /// Read the outcome per order from <c>/order/log</c> with the returned requestId.
    /// </summary>
    public Task<AsyncUpdateResponse> CreateSmallBatchAsync(IReadOnlyCollection<ShipmentsForUpdate> shipments, CancellationToken cancellationToken = default)
    {
        OrdersClient.RequireItems(shipments, nameof(shipments));
        var index = 0;
        foreach (var shipment in shipments)
        {
            Validate(shipment, $"shipments[{index++}]");
        }

        var body = DscoTransport.JsonBody(DscoOperation.CreateShipmentSmallBatch, shipments);
        return _transport.SendAsync(DscoOperation.CreateShipmentSmallBatch, "/order/shipment/batch/small", body, DscoJson.Deserialize<AsyncUpdateResponse>, cancellationToken);
    }

    internal static SuccessFailResponse ReadSuccessFail(string body) =>
        string.IsNullOrWhiteSpace(body) ? new SuccessFailResponse() : DscoJson.Deserialize<SuccessFailResponse>(body);

    private static void Validate(ShipmentsForUpdate? shipment, string name)
    {
        if (shipment is null)
        {
            throw new ArgumentNullException(name);
        }

        if (string.IsNullOrWhiteSpace(shipment.DscoOrderId) && string.IsNullOrWhiteSpace(shipment.PoNumber) && string.IsNullOrWhiteSpace(shipment.SupplierOrderNumber))
        {
            throw new ArgumentException($"{name} names no order; expected DscoOrderId, PoNumber or SupplierOrderNumber.", name);
        }

        if (shipment.Shipments is null || shipment.Shipments.Count == 0)
        {
            throw new ArgumentException($"{name}.Shipments is empty; expected at least one package.", name);
        }

        for (var i = 0; i < shipment.Shipments.Count; i++)
        {
            var package = shipment.Shipments[i];
            if (package is null || (string.IsNullOrWhiteSpace(package.TrackingNumber) && package.Untracked != true))
            {
                throw new ArgumentException($"{name}.Shipments[{i}] has no trackingNumber; DSCO requires one (set Untracked for untracked packages).", name);
            }

            if (package.LineItems is null || package.LineItems.Count == 0)
            {
                throw new ArgumentException($"{name}.Shipments[{i}] ({package.TrackingNumber}) has no lineItems.", name);
            }
        }
    }
}
