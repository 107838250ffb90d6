using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Api.Internal;
using Dsco.Plugins.Api.Models;

namespace Dsco.Plugins.Api;

/// <summary>Which identifier <see cref="InvoicesClient.GetAsync"/> looks up.</summary>
public static class InvoiceKey
{
    /// <summary>DSCO invoice id.</summary>
    public const string DscoInvoiceId = "dscoInvoiceId";
    /// <summary>The supplier's invoice id.</summary>
    public const string InvoiceId = "invoiceId";
    /// <summary>PO number.</summary>
    public const string PoNumber = "poNumber";
    /// <summary>Supplier order number.</summary>
    public const string SupplierOrderNumber = "supplierOrderNumber";
    /// <summary>Consumer order number.</summary>
    public const string ConsumerOrderNumber = "consumerOrderNumber";
    /// <summary>Top-level tracking number.</summary>
    public const string TrackingNumber = "trackingNumber";
}

/// <summary>Invoices: single and small-batch creates, lookup, change log.</summary>
public sealed class InvoicesClient
{
    private readonly DscoTransport _transport;

    internal InvoicesClient(DscoTransport transport) => _transport = transport;

    /// <summary>
    /// <c>POST /invoice</c> (201). Not idempotent: after an ambiguous failure this throws
    /// <see cref="DscoOutcomeUnknownException"/>; check <see cref="GetAsync"/> by invoiceId (post-processing may delay it) before retrying.
    /// </summary>
    public Task<SuccessFailResponse> CreateAsync(Invoice invoice, CancellationToken cancellationToken = default)
    {
        Validate(invoice, nameof(invoice));
        var body = DscoTransport.JsonBody(DscoOperation.CreateInvoice, invoice);
        return _transport.SendAsync(DscoOperation.CreateInvoice, "/invoice", body, ShipmentsClient.ReadSuccessFail, cancellationToken);
    }

    /// <summary><c>GET /invoice?key=&amp;value=</c>.</summary>
    public Task<InvoiceLookupResult> GetAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        OrdersClient.Require(key, nameof(key), "one of the InvoiceKey values");
        OrdersClient.Require(value, nameof(value), "the identifier to look up");
        var path = new QueryString("/invoice").Add("key", key).Add("value", value).ToString();
        return _transport.SendAsync(DscoOperation.GetInvoice, path, null, DscoJson.Deserialize<InvoiceLookupResult>, cancellationToken);
    }

    /// <summary><c>POST /invoice/batch/small</c> (202, at most 5 MB). Outcome per invoice via <see cref="GetChangeLogAsync"/>.</summary>
    public Task<AsyncUpdateResponse> CreateSmallBatchAsync(IReadOnlyCollection<Invoice> invoices, CancellationToken cancellationToken = default)
    {
        OrdersClient.RequireItems(invoices, nameof(invoices));
        var index = 0;
        foreach (var invoice in invoices)
        {
            Validate(invoice, $"invoices[{index++}]");
        }

        var body = DscoTransport.JsonBody(DscoOperation.CreateInvoiceSmallBatch, invoices);
        return _transport.SendAsync(DscoOperation.CreateInvoiceSmallBatch, "/invoice/batch/small", body, DscoJson.Deserialize<AsyncUpdateResponse>, cancellationToken);
    }

    /// <summary><c>GET /invoice/log</c>: one page.</summary>
    public Task<ChangeLogResponse<InvoiceChangeLog>> GetChangeLogAsync(ChangeLogRequest request, CancellationToken cancellationToken = default)
    {
        var path = Paging.ChangeLogPath("/invoice/log", request);
        return Paging.WithScrollExpiryAsync(request.ScrollId, () => _transport.SendAsync(
            DscoOperation.GetInvoiceChangeLog, path, null, DscoJson.Deserialize<ChangeLogResponse<InvoiceChangeLog>>, cancellationToken));
    }

    /// <summary>Every non-empty page of the invoice change log for a query.</summary>
    public IAsyncEnumerable<ChangeLogResponse<InvoiceChangeLog>> GetAllChangeLogPagesAsync(ChangeLogRequest request, CancellationToken cancellationToken = default)
    {
        Paging.ChangeLogPath("/invoice/log", request);
        return Paging.PagesAsync(
            (scrollId, ct) => GetChangeLogAsync(scrollId is null ? request : new ChangeLogRequest { ScrollId = scrollId }, ct),
            page => page.Logs?.Count ?? 0,
            page => page.ScrollId,
            cancellationToken);
    }

    private static void Validate(Invoice? invoice, string name)
    {
        if (invoice is null)
        {
            throw new ArgumentNullException(name);
        }

        if (string.IsNullOrWhiteSpace(invoice.InvoiceId))
        {
            throw new ArgumentException($"{name}.InvoiceId is empty; DSCO requires the supplier's invoice number.", name);
        }

        if (string.IsNullOrWhiteSpace(invoice.DscoOrderId) && string.IsNullOrWhiteSpace(invoice.PoNumber) && string.IsNullOrWhiteSpace(invoice.SupplierOrderNumber))
        {
            throw new ArgumentException($"{name} ({invoice.InvoiceId}) names no order; expected DscoOrderId, PoNumber or SupplierOrderNumber.", name);
        }
    }
}
