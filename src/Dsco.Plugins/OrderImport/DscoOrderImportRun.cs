using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Api;
using Dsco.Plugins.Api.Models;
using Dsco.Plugins.Plugins;
using Dsco.Plugins.Settings;
using Microsoft.Extensions.Logging;
using Sellercloud.Plugins;

namespace Dsco.Plugins.OrderImport;

/// <summary>
/// One run of the order import: gathers candidate orders (legacy page search, or the order stream plus the
/// pending record), creates each in the host at most once, acknowledges the created ones and, in Stream mode,
/// moves the stream position past what was fully handled.
/// </summary>
/// <remarks>
/// Durable writes happen in this order: host order → pending record → DSCO acknowledge → DSCO stream position →
/// <c>DSCO_StreamPosition</c>. A crash between any two replays some orders, and replays are harmless because
/// every order is first looked up in the host by its DSCO order id.
/// </remarks>
internal sealed class DscoOrderImportRun
{
    internal static readonly string[] NewOrderStatuses = { "created", "shipment_pending" };
    internal static readonly string[] StreamOrderTypes = { "dropship", "marketplace" };

    private readonly DscoPluginRun _run;
    private readonly IOrderImportDsco _dsco;
    private readonly DscoOrderImportOptions _options;
    private readonly DscoOrderMapper _mapper;
    private readonly DscoProductMatcher _matcher;
    private readonly List<ItemResult> _items = new();
    private readonly Dictionary<string, Handling> _seen = new(StringComparer.Ordinal);
    private readonly List<QueuedAcknowledge> _acks = new();

    // The host's answer for the page being handled, from one batch lookup: DSCO order id → host order ids (empty
    // when there was none). Each entry is used once, then the order is in _seen; an order met outside a page
    // (the pending record) or after its page is looked up on its own.
    private readonly Dictionary<string, IReadOnlyList<int>> _prefetched = new(StringComparer.Ordinal);

    public DscoOrderImportRun(DscoPluginRun run, IOrderImportDsco dsco, DscoOrderImportOptions options)
    {
        _run = run;
        _dsco = dsco;
        _options = options;
        _mapper = new DscoOrderMapper(DscoOrderImportSettings.From(run.CompanyId, run.Settings));
        _matcher = new DscoProductMatcher(run.Context.Products);
    }

    private enum Handling
    {
        /// <summary>Created, acknowledged or deliberately skipped: nothing left to do.</summary>
        Done,

        /// <summary>Reported as failed for a reason of its own; retry on a later run.</summary>
        Failed,
    }

    private CancellationToken Token => _run.CancellationToken;

    private int CompanyId => _run.CompanyId;

    private ILogger Logger => _run.Logger;

    /// <summary>Runs the import; returns the run error, if the run ended early.</summary>
    public async Task<string?> RunAsync()
    {
        try
        {
            return _run.Settings.AuthMode == DscoAuthMode.StreamOAuth
                ? await RunStreamAsync().ConfigureAwait(false)
                : await RunLegacyAsync().ConfigureAwait(false);
        }
        finally
        {
            foreach (var item in _items)
            {
                _run.Results.Add(item);
            }
        }
    }

    // ---- Legacy: GET /order/page -------------------------------------------------------------------------

    private async Task<string?> RunLegacyAsync()
    {
        string? error = null;
        try
        {
            var now = _run.TimeProvider.GetUtcNow();
            var request = new OrderSearch(NewOrderStatuses, now - _options.LegacyLookback, now - _options.LegacyUntilLag);
            if (Logger.IsEnabled(LogLevel.Information))
            {
                Logger.LogInformation("DSCO order import (legacy): orders created since {Since:o} until {Until:o}", request.CreatedSince, request.Until);
            }

            var pages = 0;
            var page = await _dsco.GetOrderPageAsync(request, Token).ConfigureAwait(false);
            while (page.Orders is { Count: > 0 } orders)
            {
                await PrefetchAsync(orders).ConfigureAwait(false);
                foreach (var order in orders)
                {
                    await HandleAsync(order).ConfigureAwait(false);
                }

                _prefetched.Clear();

                if (string.IsNullOrEmpty(page.ScrollId))
                {
                    break;
                }

                if (++pages >= _options.MaxPagesPerRun)
                {
                    error = $"DSCO kept returning order pages after {pages} pages; the run stopped there and the next run continues.";
                    break;
                }

                page = await _dsco.GetOrderPageAsync(request with { ScrollId = page.ScrollId }, Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (IsTransient(ex))
        {
            error = StoppedBecause(ex, "Orders not listed were not looked at and are fetched again by the next run.");
        }

        // Acknowledge what was created even when the search stopped early, so those orders leave "created".
        try
        {
            await SendAcknowledgementsAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (IsTransient(ex))
        {
            error ??= StoppedBecause(ex, "Created orders that were not acknowledged are acknowledged by the next run.");
        }

        return error;
    }

    // ---- Stream API ----------------------------------------------------------------------------------------

    private async Task<string?> RunStreamAsync()
    {
        var (streamId, isNew) = await EnsureStreamAsync().ConfigureAwait(false);
        var stream = (await _dsco.ListStreamsAsync(streamId, Token).ConfigureAwait(false))
            .FirstOrDefault(s => string.Equals(s.Id, streamId, StringComparison.Ordinal));
        if (stream is null)
        {
            throw new DscoSettingsException(new DscoSettingProblem(
                DscoSettingNames.StreamId,
                $"{DscoSettingNames.StreamId} '{streamId}' names no stream DSCO knows for this account; clear it and the next run creates a new order stream."));
        }

        var positions = DscoStreamPositions.Parse(_run.Settings.StreamPosition);
        if (isNew && !positions.IsEmpty && !StreamPositionReset.IsResetFormat(_run.Settings.StreamPosition))
        {
            Logger.LogWarning("{Setting} held a position of an earlier stream; the new stream {StreamId} is read from its own position", DscoSettingNames.StreamPosition, streamId);
            positions = DscoStreamPositions.Empty;
        }

        var pending = await ReadPendingAsync().ConfigureAwait(false);
        var pendingBefore = pending.ToList();
        var partitions = (stream.Partitions ?? new List<StreamPartition>()).OrderBy(p => p.PartitionId).ToList();
        var current = new Dictionary<int, string>();
        var moved = new Dictionary<int, string>();
        string? error = null;

        try
        {
            foreach (var id in pendingBefore)
            {
                var order = await _dsco.GetOrderAsync(id, Token).ConfigureAwait(false);
                if (order is null)
                {
                    _items.Add(new ItemResult(id, ItemOutcome.Failed,
                        $"DSCO order {id} is in {DscoPluginSettingNames.PendingOrderIds} but DSCO returned no such order; it stays there until DSCO returns it or a person removes it."));
                    continue;
                }

                // An order whose acknowledgement is still to be sent leaves the record only once DSCO took it:
                // the stream will not offer it again, so a crash before then must find it here.
                if (await HandleAsync(order).ConfigureAwait(false) == Handling.Done && !IsAcknowledgeQueued(id))
                {
                    pending.Remove(id);
                }
            }

            // Every partition's start is known before any is read, so a run that stops early still saves the
            // start (e.g. a seller's reset) of the partitions it did not reach.
            foreach (var partition in partitions)
            {
                var start = positions.For(partition.PartitionId) ?? partition.Position;
                if (string.IsNullOrWhiteSpace(start))
                {
                    error ??= $"DSCO gave no position for partition {partition.PartitionId} of stream {streamId} and {DscoSettingNames.StreamPosition} has none; that partition was not read.";
                    continue;
                }

                current[partition.PartitionId] = start!.Trim();
            }

            foreach (var partition in partitions.Where(p => current.ContainsKey(p.PartitionId)))
            {
                await ReadPartitionAsync(streamId, partition.PartitionId, current[partition.PartitionId], pending, current, moved).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (IsTransient(ex))
        {
            error = StoppedBecause(ex, "The stream position was kept at the last order fully handled, so the next run continues from there.");
        }

        try
        {
            // 1. The pending record, before any position moves past an order that is in it.
            await SavePendingIfChangedAsync(pendingBefore, pending).ConfigureAwait(false);

            // 2. Acknowledge; an order whose acknowledgement failed is created in the host but still "created" at
            //    DSCO, and the stream will not offer it again, so it joins (or stays in) the pending record. One
            //    DSCO took leaves it.
            var queued = _acks.Select(a => a.DscoOrderId).ToList();
            var notAcknowledged = await SendAcknowledgementsAsync().ConfigureAwait(false);
            var beforeAcknowledge = pending.ToList();
            foreach (var id in notAcknowledged.Where(id => !pending.Contains(id)))
            {
                pending.Add(id);
            }

            pending.RemoveAll(id => queued.Contains(id, StringComparer.Ordinal) && !notAcknowledged.Contains(id, StringComparer.Ordinal));
            await SavePendingIfChangedAsync(beforeAcknowledge, pending).ConfigureAwait(false);

            // 3. DSCO's own position, then ours.
            foreach (var pair in moved.OrderBy(p => p.Key))
            {
                await _dsco.UpdateStreamPositionAsync(streamId, pair.Key, pair.Value, Token).ConfigureAwait(false);
            }

            if (moved.Count > 0)
            {
                var text = DscoStreamPositions.Format(current);
                await _run.Context.Settings.SetAsync(CompanyId, DscoSettingNames.StreamPosition, text, Token).ConfigureAwait(false);
                if (Logger.IsEnabled(LogLevel.Information))
                {
                    Logger.LogInformation("DSCO order import: stream {StreamId} position saved as {Position}", streamId, text);
                }
            }
        }
        catch (Exception ex) when (IsTransient(ex))
        {
            error ??= StoppedBecause(ex, "The stream position was not saved; the next run reads those orders again and skips the ones already imported.");
        }

        return error;
    }

    private async Task ReadPartitionAsync(string streamId, int partitionId, string start, List<string> pending, Dictionary<int, string> current, Dictionary<int, string> moved)
    {
        var position = start;
        for (var pages = 0; pages < _options.MaxPagesPerRun; pages++)
        {
            var page = await _dsco.GetStreamEventsAsync(streamId, partitionId, position, Token).ConfigureAwait(false);
            if (page.Events is not { Count: > 0 } events)
            {
                return;
            }

            await PrefetchAsync(events.Select(e => e.Payload)).ConfigureAwait(false);
            foreach (var streamEvent in events)
            {
                if (streamEvent.Payload is null)
                {
                    Logger.LogWarning("DSCO stream {StreamId} partition {Partition}: event {EventId} carries no order; passed over", streamId, partitionId, streamEvent.Id);
                }
                else if (await HandleAsync(streamEvent.Payload).ConfigureAwait(false) == Handling.Failed &&
                         streamEvent.Payload.DscoOrderId?.Trim() is { Length: > 0 } failedId && !pending.Contains(failedId))
                {
                    pending.Add(failedId);
                }

                if (string.IsNullOrEmpty(streamEvent.Id))
                {
                    throw new InvalidOperationException($"DSCO stream {streamId} partition {partitionId} sent an event without an id after position {position}.");
                }

                // Fully handled: created, queued for acknowledgement, reported or recorded as pending.
                position = streamEvent.Id;
                current[partitionId] = position;
                moved[partitionId] = position;
            }

            _prefetched.Clear();
        }
    }

    private async Task<(string StreamId, bool IsNew)> EnsureStreamAsync()
    {
        if (_run.Settings.StreamId is { Length: > 0 } configured)
        {
            return (configured.Trim(), false);
        }

        var description = StreamDescription(CompanyId);

        // A stream of ours may exist already: an earlier run created it and died before saving its id.
        var adopted = await FindOurStreamAsync(description).ConfigureAwait(false);
        if (adopted is null)
        {
            var request = new StreamDefinition { ObjectType = "order", Description = description }.WithQuery(new OrderQuery
            {
                Statuses = NewOrderStatuses.ToList(),
                OrderTypes = StreamOrderTypes.ToList(),
            });
            try
            {
                var created = await _dsco.CreateStreamAsync(request, Token).ConfigureAwait(false);
                adopted = created.Id;
            }
            catch (DscoOutcomeUnknownException)
            {
                adopted = await FindOurStreamAsync(description).ConfigureAwait(false);
                if (adopted is null)
                {
                    throw;
                }
            }

            if (string.IsNullOrWhiteSpace(adopted))
            {
                throw new InvalidOperationException("DSCO created the order stream but returned no id.");
            }
        }

        await _run.Context.Settings.SetAsync(CompanyId, DscoSettingNames.StreamId, adopted!, Token).ConfigureAwait(false);
        if (Logger.IsEnabled(LogLevel.Information))
        {
            Logger.LogInformation("DSCO order import: using order stream {StreamId}; saved to {Setting}", adopted, DscoSettingNames.StreamId);
        }

        return (adopted!, true);
    }

    private async Task<string?> FindOurStreamAsync(string description)
    {
        var streams = await _dsco.ListStreamsAsync(null, Token).ConfigureAwait(false);
        return streams
            .Where(s => string.Equals(s.ObjectType, "order", StringComparison.OrdinalIgnoreCase) && string.Equals(s.Description, description, StringComparison.Ordinal))
            .Select(s => s.Id)
            .FirstOrDefault(id => !string.IsNullOrWhiteSpace(id));
    }

    internal static string StreamDescription(int companyId) =>
        $"Dsco.Plugins order import for host company {companyId.ToString(CultureInfo.InvariantCulture)}";

    private async Task<List<string>> ReadPendingAsync()
    {
        var raw = await _run.Context.Settings.GetAsync(CompanyId, DscoPluginSettingNames.PendingOrderIds, Token).ConfigureAwait(false);
        return ParsePending(raw);
    }

    internal static List<string> ParsePending(string? raw) =>
        (raw ?? string.Empty).Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private async Task SavePendingIfChangedAsync(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        if (before.SequenceEqual(after, StringComparer.Ordinal))
        {
            return;
        }

        await _run.Context.Settings.SetAsync(CompanyId, DscoPluginSettingNames.PendingOrderIds, string.Join(",", after), Token).ConfigureAwait(false);
    }

    // ---- One order -------------------------------------------------------------------------------------------

    /// <summary>
    /// Looks up, in one host call, every DSCO order id of a page not yet handled in this run, so handling the page
    /// does not cost a host call per order.
    /// </summary>
    private async Task PrefetchAsync(IEnumerable<Order?> orders)
    {
        _prefetched.Clear();
        var ids = orders
            .Select(o => o?.DscoOrderId?.Trim())
            .Where(id => !string.IsNullOrEmpty(id) && !_seen.ContainsKey(id!))
            .Select(id => id!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var found = await _run.Context.Orders.FindOrderIdsByChannelOrderIdsAsync(CompanyId, ids, Token).ConfigureAwait(false);
        foreach (var id in ids)
        {
            _prefetched[id] = found.TryGetValue(id, out var hostIds) && hostIds is not null ? hostIds : Array.Empty<int>();
        }
    }

    /// <summary>
    /// The host orders with this DSCO order id: the page's batch answer when there is one (used once — an order
    /// this run creates is in <see cref="_seen"/> before the answer could go stale), otherwise a lookup of its own.
    /// An order another process creates after the batch is caught by the host's create, which reports it as
    /// already existing, the same as after a single lookup.
    /// </summary>
    private async Task<IReadOnlyList<int>> FindExistingAsync(string id)
    {
        if (_prefetched.TryGetValue(id, out var prefetched))
        {
            _prefetched.Remove(id);
            return prefetched;
        }

        return await _run.Context.Orders.FindOrderIdsByChannelOrderIdAsync(CompanyId, id, Token).ConfigureAwait(false);
    }

    private async Task<Handling> HandleAsync(Order order)
    {
        Token.ThrowIfCancellationRequested();
        var id = order.DscoOrderId?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            _items.Add(new ItemResult($"PO {order.PoNumber}", ItemOutcome.Failed,
                $"DSCO sent an order (PO '{order.PoNumber}') without a dscoOrderId; it cannot be imported exactly once and was not imported."));
            return Handling.Done;
        }

        if (_seen.TryGetValue(id!, out var earlier))
        {
            return earlier; // the same order twice in one run (overlapping pages, several stream events)
        }

        var handling = await HandleNewAsync(id!, order).ConfigureAwait(false);
        _seen[id!] = handling;
        _run.Context.Progress?.Report(new PluginProgress(_seen.Count, null, $"DSCO order {id}"));
        return handling;
    }

    private async Task<Handling> HandleNewAsync(string id, Order order)
    {
        var state = DscoOrderStatus.Of(order);
        var po = string.IsNullOrWhiteSpace(order.PoNumber) ? "no PO" : "PO " + order.PoNumber!.Trim();

        var existing = await FindExistingAsync(id).ConfigureAwait(false);
        if (existing.Count > 0)
        {
            return AlreadyImported(id, po, existing.Min(), state);
        }

        if (state == DscoOrderState.Cancelled)
        {
            _items.Add(new ItemResult(id, ItemOutcome.Skipped, $"DSCO order {id} ({po}) is cancelled at DSCO; not imported."));
            return Handling.Done;
        }

        if (state == DscoOrderState.Shipped)
        {
            _items.Add(new ItemResult(id, ItemOutcome.Skipped, $"DSCO order {id} ({po}) is already shipped at DSCO and is not in the host; not imported."));
            return Handling.Done;
        }

        var mapping = await _mapper.MapAsync(order, _matcher, _run.TimeProvider.GetUtcNow(), Token).ConfigureAwait(false);
        if (mapping.SkipReason is not null)
        {
            _items.Add(new ItemResult(id, ItemOutcome.Skipped, $"DSCO order {id} ({po}): {mapping.SkipReason}."));
            return Handling.Done;
        }

        if (mapping.Order is null)
        {
            _items.Add(new ItemResult(id, ItemOutcome.Failed,
                $"DSCO order {id} ({po}) was not imported: {string.Join("; ", mapping.Errors)}. It was not acknowledged; {RetryNote()}."));
            Logger.LogWarning("DSCO order {OrderId} not imported: {Errors}", id, string.Join("; ", mapping.Errors));
            return Handling.Failed;
        }

        OrderCreateResult created;
        try
        {
            created = await _run.Context.Orders.CreateOrderAsync(mapping.Order, Token).ConfigureAwait(false);
        }
        catch (ArgumentException ex)
        {
            // The host refused this order's data: the order's own failure, like an unmatched SKU. Stopping the
            // run instead would block every later order (and, in Stream mode, the position) on it for good.
            _items.Add(new ItemResult(id, ItemOutcome.Failed,
                $"DSCO order {id} ({po}) was not imported: the host refused the order: {ex.Message} It was not acknowledged; {RetryNote()}."));
            Logger.LogWarning("DSCO order {OrderId} not imported: the host refused it: {Reason}", id, ex.Message);
            return Handling.Failed;
        }

        if (created.AlreadyExisted)
        {
            return AlreadyImported(id, po, created.OrderId, state);
        }

        var note = $"DSCO order {id} ({po}) imported as order {created.OrderId.ToString(CultureInfo.InvariantCulture)}";
        if (mapping.Warnings.Count > 0)
        {
            note += " (" + string.Join("; ", mapping.Warnings) + ")";
        }

        if (Logger.IsEnabled(LogLevel.Information))
        {
            Logger.LogInformation("DSCO order {DscoOrderId} imported as host order {OrderId}", id, created.OrderId);
        }

        if (state == DscoOrderState.ShipmentPending)
        {
            _items.Add(new ItemResult(id, ItemOutcome.Succeeded, note + "; DSCO had already acknowledged it.") { OrderId = created.OrderId });
        }
        else
        {
            QueueAcknowledge(id, created.OrderId, note);
        }

        return Handling.Done;
    }

    private string RetryNote() => _run.Settings.AuthMode == DscoAuthMode.StreamOAuth
        ? $"it is kept in {DscoPluginSettingNames.PendingOrderIds} and retried on every run"
        : "it stays unacknowledged at DSCO and is fetched again on the next run";

    private Handling AlreadyImported(string id, string po, int hostOrderId, DscoOrderState state)
    {
        if (state is DscoOrderState.Created or DscoOrderState.Unknown)
        {
            // An earlier run created it and stopped before DSCO took the acknowledgement.
            QueueAcknowledge(id, hostOrderId, $"DSCO order {id} ({po}) was already imported as order {hostOrderId.ToString(CultureInfo.InvariantCulture)}");
        }
        else
        {
            if (Logger.IsEnabled(LogLevel.Debug))
            {
                Logger.LogDebug("DSCO order {DscoOrderId} is host order {OrderId} and {State} at DSCO; nothing to do", id, hostOrderId, DscoOrderStatus.Describe(state));
            }
        }

        return Handling.Done;
    }

    private bool IsAcknowledgeQueued(string dscoOrderId) =>
        _acks.Exists(a => string.Equals(a.DscoOrderId, dscoOrderId, StringComparison.Ordinal));

    private void QueueAcknowledge(string id, int hostOrderId, string note)
    {
        var item = new ItemResult(id, ItemOutcome.Succeeded, note) { OrderId = hostOrderId };
        _items.Add(item);
        _acks.Add(new QueuedAcknowledge(id, hostOrderId, _items.Count - 1, note));
    }

    /// <summary>Sends the queued acknowledgements; returns the DSCO order ids DSCO did not take.</summary>
    private async Task<IReadOnlyList<string>> SendAcknowledgementsAsync()
    {
        if (_acks.Count == 0)
        {
            return Array.Empty<string>();
        }

        var queued = _acks.ToList();
        _acks.Clear();
        var request = queued.Select(a => new OrderId
        {
            Id = a.DscoOrderId,
            Type = OrderIdType.DscoOrderId,
            SupplierOrderNumber = a.HostOrderId.ToString(CultureInfo.InvariantCulture),
        }).ToList();

        IReadOnlyList<AcknowledgeBatchResult> results;
        try
        {
            results = await _dsco.AcknowledgeOrdersAsync(request, Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsTransient(ex))
        {
            results = new[] { new AcknowledgeBatchResult(queued.Select(a => a.DscoOrderId).ToList(), null, DscoPluginRunner.DescribeFailure(ex)) };
        }

        var byId = new Dictionary<string, AcknowledgeBatchResult>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            foreach (var id in result.DscoOrderIds)
            {
                byId[id] = result;
            }
        }

        // One look at the change log per accepted call: DSCO acknowledges asynchronously and may still refuse an
        // order there. A request still PROCESSING is not waited for.
        var rejected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var requestId in results.Where(r => r.Error is null && r.RequestId is not null).Select(r => r.RequestId!).Distinct(StringComparer.Ordinal))
        {
            try
            {
                foreach (var pair in await _dsco.GetAcknowledgeFailuresAsync(requestId, Token).ConfigureAwait(false))
                {
                    rejected[pair.Key] = pair.Value;
                }
            }
            catch (Exception ex) when (IsTransient(ex))
            {
                Logger.LogWarning("DSCO order log for acknowledge request {RequestId} could not be read: {Error}", requestId, DscoPluginRunner.DescribeFailure(ex));
            }
        }

        var failed = new List<string>();
        foreach (var ack in queued)
        {
            var outcome = byId.TryGetValue(ack.DscoOrderId, out var r) ? r : new AcknowledgeBatchResult(new[] { ack.DscoOrderId }, null, "DSCO's answer did not cover it");
            var error = outcome.Error ?? (rejected.TryGetValue(ack.DscoOrderId, out var reason) ? "DSCO's order log: " + reason : null);
            string note;
            if (error is null)
            {
                note = $"{ack.Note}; acknowledged at DSCO" + (outcome.RequestId is null ? "." : $" (requestId {outcome.RequestId}).");
            }
            else
            {
                failed.Add(ack.DscoOrderId);
                note = $"{ack.Note}; acknowledging it at DSCO failed ({error}), so it is still 'created' there and the next run acknowledges it.";
                Logger.LogWarning("DSCO order {DscoOrderId}: acknowledge failed: {Error}", ack.DscoOrderId, error);
            }

            _items[ack.ItemIndex] = new ItemResult(ack.DscoOrderId, ItemOutcome.Succeeded, note) { OrderId = ack.HostOrderId };
        }

        return failed;
    }

    private bool IsTransient(Exception ex) =>
        !(ex is OperationCanceledException && Token.IsCancellationRequested) && ex is not DscoSettingsException;

    private static string StoppedBecause(Exception ex, string consequence) =>
        $"The import stopped early: {DscoPluginRunner.DescribeFailure(ex)} {consequence}";

    private sealed record QueuedAcknowledge(string DscoOrderId, int HostOrderId, int ItemIndex, string Note);
}
