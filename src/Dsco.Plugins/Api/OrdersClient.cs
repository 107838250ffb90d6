using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Api.Internal;
using Dsco.Plugins.Api.Models;
using Newtonsoft.Json.Linq;

namespace Dsco.Plugins.Api;

/// <summary>Query of <c>GET /order/page</c>. Precedence: <see cref="ScrollId"/>, then <see cref="ConsumerOrderNumber"/>, then the dates.</summary>
public sealed class OrderPageRequest
{
    /// <summary>Continue paging; every other field is then ignored.</summary>
    public string? ScrollId { get; set; }
    /// <summary>All orders with this consumer order number.</summary>
    public string? ConsumerOrderNumber { get; set; }
    /// <summary>Inclusive lower bound on creation.</summary>
    public DateTimeOffset? OrdersCreatedSince { get; set; }
    /// <summary>Exclusive lower bound on last update.</summary>
    public DateTimeOffset? OrdersUpdatedSince { get; set; }
    /// <summary>Upper bound; DSCO requires it at least 5 s in the past.</summary>
    public DateTimeOffset? Until { get; set; }
    /// <summary><c>created</c>, <c>shipment_pending</c>, <c>shipped</c>, <c>cancelled</c> (sent as repeated <c>status</c> keys).</summary>
    public IList<string>? Statuses { get; set; }
    /// <summary>Include test orders (excluded by default).</summary>
    public bool? IncludeTestOrders { get; set; }
    /// <summary>true = only returned, false = only non-returned, null = all.</summary>
    public bool? ReturnedOnly { get; set; }
    /// <summary>10..1000 (DSCO default 1000).</summary>
    public int? OrdersPerPage { get; set; }
}

/// <summary>Which identifier <see cref="OrdersClient.GetByIdAsync"/> looks up.</summary>
public static class OrderKey
{
    /// <summary>DSCO order id.</summary>
    public const string DscoOrderId = "dscoOrderId";
    /// <summary>PO number.</summary>
    public const string PoNumber = "poNumber";
    /// <summary>Supplier order number.</summary>
    public const string SupplierOrderNumber = "supplierOrderNumber";
}

/// <summary>Orders: paging, lookup, acknowledge and the order change log.</summary>
public sealed class OrdersClient
{
    private readonly DscoTransport _transport;

    internal OrdersClient(DscoTransport transport) => _transport = transport;

    /// <summary><c>GET /order/page</c>: one page. A 404 on a scrollId becomes <see cref="DscoScrollExpiredException"/>.</summary>
    public Task<PagedOrderResult> GetPageAsync(OrderPageRequest request, CancellationToken cancellationToken = default)
    {
        var path = BuildPagePath(request);
        return Paging.WithScrollExpiryAsync(request.ScrollId, () => _transport.SendAsync(
            DscoOperation.GetOrderPage,
            path,
            null,
            DscoJson.Deserialize<PagedOrderResult>,
            cancellationToken));
    }

    /// <summary>
    /// Every non-empty page of a search, following the scrollId until an empty page or a page without scrollId.
    /// Each page must be fetched within five minutes of the previous one, or DSCO answers 404
    /// (<see cref="DscoScrollExpiredException"/>).
    /// </summary>
    public IAsyncEnumerable<PagedOrderResult> GetAllPagesAsync(OrderPageRequest request, CancellationToken cancellationToken = default)
    {
        BuildPagePath(request);
        return Paging.PagesAsync(
            (scrollId, ct) => GetPageAsync(scrollId is null ? request : new OrderPageRequest { ScrollId = scrollId }, ct),
            page => page.Orders?.Count ?? 0,
            page => page.ScrollId,
            cancellationToken);
    }

    /// <summary>
    /// <c>GET /order/</c> (trailing slash as in the spec). Returns every order DSCO sent back: with
    /// <paramref name="returnMultiple"/> DSCO may answer an array although the schema declares one object; both are read.
    /// </summary>
    public Task<IReadOnlyList<Order>> GetByIdAsync(string orderKey, string value, bool returnMultiple = false, CancellationToken cancellationToken = default)
    {
        Require(orderKey, nameof(orderKey), "one of OrderKey.DscoOrderId, OrderKey.PoNumber, OrderKey.SupplierOrderNumber");
        Require(value, nameof(value), "the order identifier");
        var path = new QueryString("/order/")
            .Add("orderKey", orderKey)
            .Add("value", value)
            .Add("returnMultiple", returnMultiple ? true : null)
            .ToString();
        return _transport.SendAsync(DscoOperation.GetOrderById, path, null, ReadOneOrMany<Order>, cancellationToken);
    }

    /// <summary>
    /// <c>POST /order/acknowledge</c> (202). Asynchronous: confirm through <see cref="GetChangeLogAsync"/> with the requestId.
    /// Retried like an idempotent call: acknowledging twice leaves the same state.
    /// </summary>
    /// <remarks>
    /// The spec lists only the static-token scheme (<c>DscoAuth</c>) for this endpoint. The client sends whatever bearer
    /// token the account has (an OAuth access token for client credentials); if DSCO refuses it, the 401 surfaces as a
    /// <see cref="DscoApiException"/> after one token renewal.
    /// </remarks>
    public Task<SyncUpdateResponse> AcknowledgeAsync(IReadOnlyCollection<OrderId> orders, CancellationToken cancellationToken = default)
    {
        RequireItems(orders, nameof(orders));
        var index = 0;
        foreach (var order in orders)
        {
            if (order is null || string.IsNullOrWhiteSpace(order.Id))
            {
                throw new ArgumentException($"orders[{index}] has no id; expected the {order?.Type ?? OrderIdType.DscoOrderId} value.", nameof(orders));
            }

            if (order.Type is not (OrderIdType.DscoOrderId or OrderIdType.PoNumber or OrderIdType.SupplierOrderNumber))
            {
                throw new ArgumentException($"orders[{index}].Type is '{order.Type}'; expected DSCO_ORDER_ID, PO_NUMBER or SUPPLIER_ORDER_NUMBER.", nameof(orders));
            }

            if (order.Type == OrderIdType.DscoOrderId && !long.TryParse(order.Id, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                throw new ArgumentException($"orders[{index}].Id is '{order.Id}'; a DSCO_ORDER_ID must be the numeric dscoOrderId.", nameof(orders));
            }

            index++;
        }

        var body = DscoTransport.JsonBody(DscoOperation.AcknowledgeOrders, orders);
        return _transport.SendAsync(DscoOperation.AcknowledgeOrders, "/order/acknowledge", body, DscoJson.Deserialize<SyncUpdateResponse>, cancellationToken);
    }

    /// <summary><c>GET /order/log</c>: one page of the order change log.</summary>
    public Task<ChangeLogResponse<OrderChangeLog>> GetChangeLogAsync(ChangeLogRequest request, CancellationToken cancellationToken = default)
    {
        var path = Paging.ChangeLogPath("/order/log", request);
        return Paging.WithScrollExpiryAsync(request.ScrollId, () => _transport.SendAsync(
            DscoOperation.GetOrderChangeLog, path, null, DscoJson.Deserialize<ChangeLogResponse<OrderChangeLog>>, cancellationToken));
    }

    /// <summary>Every non-empty page of the order change log for a query.</summary>
    public IAsyncEnumerable<ChangeLogResponse<OrderChangeLog>> GetAllChangeLogPagesAsync(ChangeLogRequest request, CancellationToken cancellationToken = default)
    {
        Paging.ChangeLogPath("/order/log", request);
        return Paging.PagesAsync(
            (scrollId, ct) => GetChangeLogAsync(scrollId is null ? request : new ChangeLogRequest { ScrollId = scrollId }, ct),
            page => page.Logs?.Count ?? 0,
            page => page.ScrollId,
            cancellationToken);
    }

    private static string BuildPagePath(OrderPageRequest request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var query = new QueryString("/order/page");
        if (!string.IsNullOrEmpty(request.ScrollId))
        {
            return query.Add("scrollId", request.ScrollId).ToString();
        }

        if (string.IsNullOrEmpty(request.ConsumerOrderNumber))
        {
            if (request.OrdersCreatedSince is null && request.OrdersUpdatedSince is null)
            {
                throw new ArgumentException("OrderPageRequest needs ScrollId, ConsumerOrderNumber, or OrdersCreatedSince/OrdersUpdatedSince with Until; none was set.", nameof(request));
            }

            if (request.Until is null)
            {
                throw new ArgumentException("OrderPageRequest.Until is required for a date search; expected a time at least 5 seconds in the past.", nameof(request));
            }
        }

        if (request.OrdersPerPage is < 10 or > 1000)
        {
            throw new ArgumentException($"OrderPageRequest.OrdersPerPage is {request.OrdersPerPage}; expected 10 to 1000.", nameof(request));
        }

        return query
            .Add("consumerOrderNumber", request.ConsumerOrderNumber)
            .Add("ordersCreatedSince", request.OrdersCreatedSince)
            .Add("ordersUpdatedSince", request.OrdersUpdatedSince)
            .Add("until", request.Until)
            .AddEach("status", request.Statuses)
            .Add("includeTestOrders", request.IncludeTestOrders)
            .Add("returnedOnly", request.ReturnedOnly)
            .Add("ordersPerPage", request.OrdersPerPage)
            .ToString();
    }

    internal static IReadOnlyList<T> ReadOneOrMany<T>(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return Array.Empty<T>();
        }

        var token = JToken.Parse(body);
        return token switch
        {
            JArray array => array.ToObject<List<T>>(DscoJson.Serializer) ?? new List<T>(),
            JObject single => new List<T> { single.ToObject<T>(DscoJson.Serializer)! },
            _ => Array.Empty<T>(),
        };
    }

    internal static void Require(string? value, string name, string expected)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} is empty; expected {expected}.", name);
        }
    }

    internal static void RequireItems<T>(IReadOnlyCollection<T>? items, string name)
    {
        if (items is null)
        {
            throw new ArgumentNullException(name);
        }

        if (items.Count == 0)
        {
            throw new ArgumentException($"{name} is empty; expected at least one item.", name);
        }
    }
}
