using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Api;
using Dsco.Plugins.Api.Models;
using Dsco.Plugins.OrderImport;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Tests.OrderImport;

/// <summary>Durable effects in the order they happened, across the fake host and the fake DSCO.</summary>
internal sealed class Journal : List<string>
{
    /// <summary>Called after each durable effect is recorded; a test makes it throw to crash the run right there.</summary>
    public Action<string>? AfterEffect { get; set; }

    public new void Add(string effect)
    {
        base.Add(effect);
        AfterEffect?.Invoke(effect);
    }
}

/// <summary>An in-memory host: settings, orders (unique per company + channel order id) and products.</summary>
internal sealed class FakeHost : ICompanySettings, IHostOrderService, IHostProductService
{
    private readonly Journal _journal;
    private int _nextOrderId = 101;

    public FakeHost(Journal journal, int companyId = 1)
    {
        _journal = journal;
        CompanyId = companyId;
    }

    public int CompanyId { get; }

    public Dictionary<string, string> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<(int Id, NewOrder Order)> Orders { get; } = new();

    public List<HostProduct> Products { get; } = new()
    {
        new HostProduct { ProductId = "NM-TSHIRT-BLK-M", Upc = "012345678905", CustomColumns = new Dictionary<string, string> { ["DSCOItemID"] = "9000001" } },
        new HostProduct { ProductId = "NM-SCARF-SILK", Upc = "012345678912" },
        new HostProduct { ProductId = "SC-BAG-001", Upc = "012345678943" },
    };

    /// <summary>Channel order ids whose create throws as if the host's database were down.</summary>
    public HashSet<string> FailCreateFor { get; } = new();

    /// <summary>Channel order ids whose create the host refuses as invalid data (an <see cref="ArgumentException"/>).</summary>
    public HashSet<string> RejectCreateFor { get; } = new();

    public PluginRunContext Context(TimeProvider time) =>
        new(CompanyId, this, this, this) { TimeProvider = time };

    public Task<IReadOnlyDictionary<string, string>> GetAllAsync(int companyId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>(Settings, StringComparer.OrdinalIgnoreCase));

    public Task<string?> GetAsync(int companyId, string name, CancellationToken cancellationToken = default) =>
        Task.FromResult(Settings.TryGetValue(name, out var value) ? value : null);

    public Task SetAsync(int companyId, string name, string value, CancellationToken cancellationToken = default)
    {
        Settings[name] = value;
        _journal.Add($"setting {name}={value}");
        return Task.CompletedTask;
    }

    /// <summary>Every single lookup, by channel order id, in call order.</summary>
    public List<string> SingleLookups { get; } = new();

    /// <summary>Every batch lookup's channel order ids, in call order.</summary>
    public List<IReadOnlyList<string>> BatchLookups { get; } = new();

    public Task<IReadOnlyList<int>> FindOrderIdsByChannelOrderIdAsync(int companyId, string channelOrderId, CancellationToken cancellationToken = default)
    {
        SingleLookups.Add(channelOrderId);
        return Task.FromResult(Lookup(companyId, channelOrderId));
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<int>>> FindOrderIdsByChannelOrderIdsAsync(int companyId, IReadOnlyCollection<string> channelOrderIds, CancellationToken cancellationToken = default)
    {
        BatchLookups.Add(channelOrderIds.ToList());
        var found = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        foreach (var id in channelOrderIds.Distinct(StringComparer.Ordinal))
        {
            if (Lookup(companyId, id) is { Count: > 0 } ids)
            {
                found[id] = ids;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<int>>>(found);
    }

    private IReadOnlyList<int> Lookup(int companyId, string channelOrderId) =>
        Orders.Where(o => o.Order.CompanyId == companyId && o.Order.ChannelOrderId == channelOrderId).Select(o => o.Id).ToList();

    public Task<OrderCreateResult> CreateOrderAsync(NewOrder order, CancellationToken cancellationToken = default)
    {
        if (FailCreateFor.Contains(order.ChannelOrderId))
        {
            throw new InvalidOperationException("host database unavailable");
        }

        if (RejectCreateFor.Contains(order.ChannelOrderId))
        {
            throw new ArgumentException($"Order {order.ChannelOrderId}: ShippingAddress.State 'Texas' is not a 2-letter code.", nameof(order));
        }

        var existing = Orders.FirstOrDefault(o => o.Order.CompanyId == order.CompanyId && o.Order.ChannelOrderId == order.ChannelOrderId);
        if (existing.Order is not null)
        {
            return Task.FromResult(new OrderCreateResult(existing.Id, true));
        }

        var id = _nextOrderId++;
        Orders.Add((id, order));
        _journal.Add($"host create {order.ChannelOrderId} as {id}");
        return Task.FromResult(new OrderCreateResult(id, false));
    }

    /// <summary>Puts an order in the host as an earlier run would have (e.g. one that died before acknowledging).</summary>
    public int Seed(string channelOrderId)
    {
        var id = _nextOrderId++;
        Orders.Add((id, new NewOrder { CompanyId = CompanyId, ChannelOrderId = channelOrderId }));
        return id;
    }

    public Task<IReadOnlyList<HostOrder>> GetOrdersAsync(IReadOnlyCollection<int> orderIds, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("the order import does not read host orders");

    public Task SetOrderMarkAsync(IReadOnlyCollection<int> orderIds, OrderMark mark, bool value, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("the order import sets no marks");

    public Task SetCustomColumnsAsync(int orderId, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("custom columns are set with the order");

    public Task<IReadOnlyList<string>> FindProductIdsAsync(ProductSearch search, CancellationToken cancellationToken = default)
    {
        IEnumerable<HostProduct> hits = search.Field switch
        {
            ProductSearchField.ProductId => Products.Where(p => p.ProductId == search.Value),
            ProductSearchField.Upc => Products.Where(p => p.Upc == search.Value),
            _ => Products.Where(p => p.CustomColumns.TryGetValue(search.ColumnName!, out var v) && v == search.Value),
        };
        return Task.FromResult<IReadOnlyList<string>>(hits.Select(p => p.ProductId).ToList());
    }

    public Task<IReadOnlyList<HostProduct>> GetProductsAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<HostProduct>>(Products.Where(p => productIds.Contains(p.ProductId)).ToList());
}

/// <summary>
/// An in-memory DSCO behind the plugin's seam: orders with statuses that acknowledgement changes, a paged
/// order search, and order streams with partitions of events. Faults are injected per operation.
/// </summary>
internal sealed class FakeDsco : IOrderImportDsco
{
    private readonly Journal _journal;
    private readonly Dictionary<string, List<OrderPage>> _scrolls = new();
    private int _nextStream = 1;

    public FakeDsco(Journal journal) => _journal = journal;

    public Dictionary<string, Order> Orders { get; } = new();

    public int PageSize { get; set; } = 2;

    public int EventPageSize { get; set; } = 2;

    public int NewStreamPartitions { get; set; } = 1;

    public List<StreamDefinition> Streams { get; } = new();

    /// <summary>Stream id → partition → events in order.</summary>
    public Dictionary<string, Dictionary<int, List<StreamEvent<Order>>>> Events { get; } = new();

    public List<OrderSearch> PageRequests { get; } = new();

    public List<IReadOnlyList<OrderId>> AcknowledgeCalls { get; } = new();

    public List<string> GetOrderCalls { get; } = new();

    public List<StreamDefinition> CreatedStreams { get; } = new();

    public List<(int Partition, string Position)> EventReads { get; } = new();

    public int Calls { get; private set; }

    /// <summary>Called with an operation key ("page:2", "events:0:ev-3", "ack", "create-stream", "position:0"); true fails it with a 503.</summary>
    public Func<string, bool> Fail { get; set; } = _ => false;

    /// <summary>When set, creating a stream succeeds at DSCO but the answer is lost (a timeout).</summary>
    public bool LoseCreateStreamAnswer { get; set; }

    /// <summary>When set, acknowledgements are refused with this message.</summary>
    public string? RefuseAcknowledgements { get; set; }

    public void Add(Order order) => Orders[order.DscoOrderId!] = order;

    public string Status(string dscoOrderId) => Orders[dscoOrderId].DscoStatus!;

    public StreamDefinition AddStream(string id, string description, params string[] partitionPositions)
    {
        var stream = new StreamDefinition
        {
            Id = id,
            Description = description,
            ObjectType = "order",
            Partitions = partitionPositions.Select((p, i) => new StreamPartition { PartitionId = i, Position = p, Status = "active" }).ToList(),
        };
        Streams.Add(stream);
        Events[id] = partitionPositions.Select((_, i) => i).ToDictionary(i => i, _ => new List<StreamEvent<Order>>());
        return stream;
    }

    public void AddEvent(string streamId, int partition, string eventId, Order order) =>
        Events[streamId][partition].Add(new StreamEvent<Order> { Id = eventId, Payload = Clone(order), Source = "stream", PartitionId = partition });

    public Task<PagedOrderResult> GetOrderPageAsync(OrderSearch request, CancellationToken cancellationToken = default)
    {
        Calls++;
        PageRequests.Add(request);
        if (request.ScrollId is null)
        {
            var matching = Orders.Values
                .Where(o => request.Statuses.Contains(o.DscoStatus))
                .Where(o => o.DscoCreateDate >= request.CreatedSince && o.DscoCreateDate <= request.Until)
                .OrderBy(o => o.DscoOrderId, StringComparer.Ordinal)
                .ToList();
            var pages = matching.Select((o, i) => (o, i)).GroupBy(x => x.i / PageSize).Select(g => new OrderPage(g.Select(x => Clone(x.o)).ToList())).ToList();
            var scrollId = "scroll-" + PageRequests.Count;
            _scrolls[scrollId] = pages;
            return Serve(scrollId, 1);
        }

        var served = PageRequests.Count(r => r.ScrollId == request.ScrollId) + 1;
        return Serve(request.ScrollId, served);
    }

    private Task<PagedOrderResult> Serve(string scrollId, int pageNumber)
    {
        ThrowIf($"page:{pageNumber}");
        var pages = _scrolls[scrollId];
        var orders = pageNumber <= pages.Count ? pages[pageNumber - 1].Orders : new List<Order>();
        return Task.FromResult(new PagedOrderResult { Orders = orders, ScrollId = scrollId });
    }

    public Task<Order?> GetOrderAsync(string dscoOrderId, CancellationToken cancellationToken = default)
    {
        Calls++;
        GetOrderCalls.Add(dscoOrderId);
        ThrowIf($"get:{dscoOrderId}");
        return Task.FromResult(Orders.TryGetValue(dscoOrderId, out var order) ? Clone(order) : null);
    }

    public Task<IReadOnlyList<AcknowledgeBatchResult>> AcknowledgeOrdersAsync(IReadOnlyList<OrderId> orders, CancellationToken cancellationToken = default)
    {
        Calls++;
        AcknowledgeCalls.Add(orders);
        var ids = orders.Select(o => o.Id).ToList();
        if (Fail("ack"))
        {
            return Task.FromResult<IReadOnlyList<AcknowledgeBatchResult>>(new[] { new AcknowledgeBatchResult(ids, null, "DSCO acknowledge failed with 503") });
        }

        if (RefuseAcknowledgements is not null)
        {
            return Task.FromResult<IReadOnlyList<AcknowledgeBatchResult>>(new[] { new AcknowledgeBatchResult(ids, null, RefuseAcknowledgements) });
        }

        foreach (var order in orders)
        {
            Orders[order.Id].DscoStatus = "shipment_pending";
            Orders[order.Id].SupplierOrderNumber = order.SupplierOrderNumber;
        }

        _journal.Add("dsco ack " + string.Join(",", ids));
        return Task.FromResult<IReadOnlyList<AcknowledgeBatchResult>>(new[] { new AcknowledgeBatchResult(ids, "req-" + AcknowledgeCalls.Count, null) });
    }

    /// <summary>requestId → order id → reason: what DSCO's order log reports as failed acknowledgements.</summary>
    public Dictionary<string, Dictionary<string, string>> LoggedAcknowledgeFailures { get; } = new();

    public List<string> LogReads { get; } = new();

    public Task<IReadOnlyDictionary<string, string>> GetAcknowledgeFailuresAsync(string requestId, CancellationToken cancellationToken = default)
    {
        Calls++;
        LogReads.Add(requestId);
        ThrowIf("log");
        IReadOnlyDictionary<string, string> failures = LoggedAcknowledgeFailures.TryGetValue(requestId, out var f) ? f : new Dictionary<string, string>();
        foreach (var id in failures.Keys)
        {
            Orders[id].DscoStatus = "created"; // DSCO refused it after all
        }

        return Task.FromResult(failures);
    }

    public Task<StreamDefinition> CreateStreamAsync(StreamDefinition stream, CancellationToken cancellationToken = default)
    {
        Calls++;
        CreatedStreams.Add(stream);
        ThrowIf("create-stream");
        var id = "stream-" + _nextStream++;
        var created = AddStream(id, stream.Description!, Enumerable.Range(0, NewStreamPartitions).Select(i => $"start-{i}").ToArray());
        created.Query = stream.Query;
        _journal.Add("dsco create stream " + id);
        if (LoseCreateStreamAnswer)
        {
            throw new DscoOutcomeUnknownException("DSCO POST /stream timed out", "POST /stream");
        }

        return Task.FromResult(created);
    }

    public Task<IReadOnlyList<StreamDefinition>> ListStreamsAsync(string? streamId = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        ThrowIf("list-streams");
        return Task.FromResult<IReadOnlyList<StreamDefinition>>(Streams.Where(s => streamId is null || s.Id == streamId).ToList());
    }

    public Task<StreamEventWrapper<Order>> GetStreamEventsAsync(string streamId, int partitionId, string position, CancellationToken cancellationToken = default)
    {
        Calls++;
        EventReads.Add((partitionId, position));
        var events = Events[streamId][partitionId];
        var index = events.FindIndex(e => e.Id == position);
        // An event id reads after that event; the partition's start or a z/ reset reads from the beginning.
        var after = index >= 0 ? events.Skip(index + 1) : events;
        var page = after.Take(EventPageSize).ToList();
        foreach (var e in page)
        {
            ThrowIf($"events:{partitionId}:{e.Id}");
        }

        return Task.FromResult(new StreamEventWrapper<Order>
        {
            PartitionId = partitionId,
            Events = page.Select(e => new StreamEvent<Order> { Id = e.Id, Payload = Clone(e.Payload!), Source = e.Source, PartitionId = partitionId }).ToList(),
        });
    }

    public Task UpdateStreamPositionAsync(string streamId, int partitionId, string position, CancellationToken cancellationToken = default)
    {
        Calls++;
        ThrowIf($"position:{partitionId}");
        Streams.Single(s => s.Id == streamId).Partitions!.Single(p => p.PartitionId == partitionId).Position = position;
        _journal.Add($"dsco position {partitionId}={position}");
        return Task.CompletedTask;
    }

    private void ThrowIf(string key)
    {
        if (Fail(key))
        {
            throw new DscoApiException($"DSCO {key} failed with 503", key, HttpStatusCode.ServiceUnavailable);
        }
    }

    // DSCO hands out copies; the plugin never shares objects with DSCO's own state.
    private static Order Clone(Order order) =>
        Newtonsoft.Json.JsonConvert.DeserializeObject<Order>(Newtonsoft.Json.JsonConvert.SerializeObject(order))!;

    private sealed record OrderPage(List<Order> Orders);
}
