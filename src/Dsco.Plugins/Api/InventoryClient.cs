using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Api.Internal;
using Dsco.Plugins.Api.Models;
using Newtonsoft.Json;

namespace Dsco.Plugins.Api;

/// <summary>Which identifier <see cref="InventoryClient.GetAsync"/> looks up.</summary>
public static class ItemKey
{
    /// <summary>DSCO item id.</summary>
    public const string DscoItemId = "dscoItemId";
    /// <summary>SKU.</summary>
    public const string Sku = "sku";
    /// <summary>UPC.</summary>
    public const string Upc = "upc";
    /// <summary>EAN.</summary>
    public const string Ean = "ean";
}

/// <summary>Inventory updates (absolute quantities, so all of them are retried) and the inventory change log.</summary>
public sealed class InventoryClient
{
    private readonly DscoTransport _transport;

    internal InventoryClient(DscoTransport transport) => _transport = transport;

    /// <summary><c>POST /inventory/singleItem</c> (201). Limited client-side to 5/s and 300/min.</summary>
    public Task<SuccessFailResponse> UpdateSingleItemAsync(ItemInventory item, CancellationToken cancellationToken = default)
    {
        Validate(item, nameof(item));
        var body = DscoTransport.JsonBody(DscoOperation.UpdateInventorySingleItem, item);
        return _transport.SendAsync(DscoOperation.UpdateInventorySingleItem, "/inventory/singleItem", body, ShipmentsClient.ReadSuccessFail, cancellationToken);
    }

    /// <summary><c>POST /inventory/batch/small</c> (202, at most 5 MB). Outcome per item via <see cref="GetChangeLogAsync"/>.</summary>
    public Task<AsyncUpdateResponse> UpdateSmallBatchAsync(IReadOnlyCollection<ItemInventory> items, bool? skipItemsThatDontExist = null, CancellationToken cancellationToken = default)
    {
        ValidateAll(items);
        var body = DscoTransport.JsonBody(DscoOperation.UpdateInventorySmallBatch, items);
        var path = new QueryString("/inventory/batch/small").Add("skipItemsThatDontExist", skipItemsThatDontExist).ToString();
        return _transport.SendAsync(DscoOperation.UpdateInventorySmallBatch, path, body, DscoJson.Deserialize<AsyncUpdateResponse>, cancellationToken);
    }

    /// <summary>
    /// Large batch in two steps: <c>POST /inventory/batch/large</c> (no body) returns a <c>dataUrl</c>, then the items are PUT
    /// there as JSON Lines (one object per line). Returns the first step's answer; its requestId finds the outcome in
    /// <see cref="GetChangeLogAsync"/>.
    /// </summary>
    /// <remarks>
    /// The spec says to PUT "with the same HTTP headers as the original API call". We send the same <c>Accept</c> and
    /// <c>Content-Type: application/json</c>. The bearer token goes along only when <c>dataUrl</c> is on the API's own host;
    /// for any other host (typically a pre-signed storage URL, which rejects a second credential) it is not sent, so the
    /// account token never leaves DSCO. <c>dataUrl</c> must be https (or loopback).
    /// </remarks>
    public async Task<LargeBatchUpdateResponse> UpdateLargeBatchAsync(IReadOnlyCollection<ItemInventory> items, bool? skipItemsThatDontExist = null, CancellationToken cancellationToken = default)
    {
        ValidateAll(items);
        var path = new QueryString("/inventory/batch/large").Add("skipItemsThatDontExist", skipItemsThatDontExist).ToString();
        var started = await _transport.SendAsync(
            DscoOperation.StartInventoryLargeBatch, path, null, DscoJson.Deserialize<LargeBatchUpdateResponse>, cancellationToken).ConfigureAwait(false);

        if (string.IsNullOrWhiteSpace(started.DataUrl))
        {
            throw new DscoApiException(
                $"DSCO {DscoOperation.StartInventoryLargeBatch.Name} returned no dataUrl (status '{started.Status}'); nothing was uploaded.",
                DscoOperation.StartInventoryLargeBatch.Name,
                HttpStatusCode.OK,
                started.Messages is null ? null : new List<ApiResponseMessage>(started.Messages),
                started.RequestId);
        }

        Uri dataUrl;
        try
        {
            dataUrl = DscoClientOptions.ValidateBaseUrlAllowQuery(started.DataUrl!);
        }
        catch (ArgumentException ex)
        {
            throw new DscoApiException(
                $"DSCO {DscoOperation.StartInventoryLargeBatch.Name} returned an unusable dataUrl: {ex.Message}",
                DscoOperation.StartInventoryLargeBatch.Name,
                HttpStatusCode.OK,
                requestId: started.RequestId,
                innerException: ex);
        }

        var sameHost = string.Equals(dataUrl.Host, _transport.BaseUrl.Host, StringComparison.OrdinalIgnoreCase) && dataUrl.Port == _transport.BaseUrl.Port;
        await _transport.SendAbsoluteAsync(
            DscoOperation.UploadInventoryLargeBatch,
            dataUrl,
            () => new JsonLinesContent(items),
            _ => true,
            authenticate: sameHost,
            cancellationToken).ConfigureAwait(false);
        return started;
    }

    /// <summary><c>GET /inventory?itemKey=&amp;value=</c>: DSCO's view of an item (one or several).</summary>
    public Task<IReadOnlyList<ItemInventory>> GetAsync(string itemKey, string value, CancellationToken cancellationToken = default)
    {
        OrdersClient.Require(itemKey, nameof(itemKey), "one of the ItemKey values");
        OrdersClient.Require(value, nameof(value), "the identifier to look up");
        var path = new QueryString("/inventory").Add("itemKey", itemKey).Add("value", value).ToString();
        return _transport.SendAsync(DscoOperation.GetInventory, path, null, OrdersClient.ReadOneOrMany<ItemInventory>, cancellationToken);
    }

    /// <summary><c>GET /inventory/log</c>: one page.</summary>
    public Task<ChangeLogResponse<ItemInventoryChangeLog>> GetChangeLogAsync(ChangeLogRequest request, CancellationToken cancellationToken = default)
    {
        var path = Paging.ChangeLogPath("/inventory/log", request);
        return Paging.WithScrollExpiryAsync(request.ScrollId, () => _transport.SendAsync(
            DscoOperation.GetInventoryChangeLog, path, null, DscoJson.Deserialize<ChangeLogResponse<ItemInventoryChangeLog>>, cancellationToken));
    }

    /// <summary>Every non-empty page of the inventory change log for a query.</summary>
    public IAsyncEnumerable<ChangeLogResponse<ItemInventoryChangeLog>> GetAllChangeLogPagesAsync(ChangeLogRequest request, CancellationToken cancellationToken = default)
    {
        Paging.ChangeLogPath("/inventory/log", request);
        return Paging.PagesAsync(
            (scrollId, ct) => GetChangeLogAsync(scrollId is null ? request : new ChangeLogRequest { ScrollId = scrollId }, ct),
            page => page.Logs?.Count ?? 0,
            page => page.ScrollId,
            cancellationToken);
    }

    private static void ValidateAll(IReadOnlyCollection<ItemInventory> items)
    {
        OrdersClient.RequireItems(items, nameof(items));
        var index = 0;
        foreach (var item in items)
        {
            Validate(item, $"items[{index++}]");
        }
    }

    private static void Validate(ItemInventory? item, string name)
    {
        if (item is null)
        {
            throw new ArgumentNullException(name);
        }

        if (string.IsNullOrWhiteSpace(item.Sku))
        {
            throw new ArgumentException($"{name}.Sku is empty; DSCO requires the supplier SKU.", name);
        }

        if (item.Warehouses is null || item.Warehouses.Count == 0)
        {
            throw new ArgumentException($"{name} (sku {item.Sku}) has no warehouses; DSCO requires at least one warehouse with a code.", name);
        }

        for (var i = 0; i < item.Warehouses.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(item.Warehouses[i]?.Code))
            {
                throw new ArgumentException($"{name} (sku {item.Sku}) warehouses[{i}] has no code.", name);
            }
        }
    }

    /// <summary>Streams the items as JSON Lines without building the whole (up to 2 GB) file in memory.</summary>
    private sealed class JsonLinesContent : HttpContent
    {
        private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
        private readonly IReadOnlyCollection<ItemInventory> _items;

        public JsonLinesContent(IReadOnlyCollection<ItemInventory> items)
        {
            _items = items;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            Write(stream);
            return Task.CompletedTask;
        }

        // Pre-signed storage URLs usually refuse chunked uploads, so the length is computed with a counting pass
        // instead of buffering the whole file.
        protected override bool TryComputeLength(out long length)
        {
            using var counter = new CountingStream();
            Write(counter);
            length = counter.Length;
            return true;
        }

        private void Write(Stream stream)
        {
            using var writer = new StreamWriter(stream, Utf8NoBom, 64 * 1024, leaveOpen: true);
            foreach (var item in _items)
            {
                using (var json = new JsonTextWriter(writer) { Formatting = Formatting.None, CloseOutput = false })
                {
                    DscoJson.Serializer.Serialize(json, item);
                }

                writer.Write('\n');
            }

            writer.Flush();
        }
    }

    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;
    }
}
