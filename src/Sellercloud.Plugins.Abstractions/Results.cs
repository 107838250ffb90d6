using System;
using System.Collections.Generic;
using System.Linq;

namespace Sellercloud.Plugins
{
    /// <summary>What happened to one item of a run.</summary>
    public enum ItemOutcome
    {
        /// <summary>Done: the host may set the task's flags on it.</summary>
        Succeeded,

        /// <summary>Deliberately not handled this run, with a reason (e.g. not enabled for the channel).</summary>
        Skipped,

        /// <summary>Could not be handled; the error says why. It will be tried again on a later run.</summary>
        Failed,
    }

    /// <summary>The outcome for one order or product.</summary>
    public sealed record ItemResult
    {
        /// <summary>Creates a result.</summary>
        /// <param name="itemId">What the item is called in messages: a channel order id, a host order id, a ProductID.</param>
        /// <param name="outcome">The outcome.</param>
        /// <param name="message">Why it was skipped or failed, or a note on success.</param>
        public ItemResult(string itemId, ItemOutcome outcome, string? message = null)
        {
            ItemId = itemId ?? throw new ArgumentNullException(nameof(itemId));
            Outcome = outcome;
            Message = message;
        }

        /// <summary>The item's name in messages.</summary>
        public string ItemId { get; }

        /// <summary>The outcome.</summary>
        public ItemOutcome Outcome { get; }

        /// <summary>Reason or note.</summary>
        public string? Message { get; }

        /// <summary>The host order the item is, or created, when there is one.</summary>
        public int? OrderId { get; init; }

        /// <summary>The host product the item is, for product exports.</summary>
        public string? ProductId { get; init; }
    }

    /// <summary>The result of one run of a plugin.</summary>
    public sealed record PluginRunResult
    {
        /// <summary>Creates a result.</summary>
        public PluginRunResult(string pluginName, IReadOnlyList<ItemResult> items, string? runError = null)
        {
            PluginName = pluginName ?? throw new ArgumentNullException(nameof(pluginName));
            Items = items ?? throw new ArgumentNullException(nameof(items));
            RunError = runError;
        }

        /// <summary>The plugin's display name.</summary>
        public string PluginName { get; }

        /// <summary>One entry per item seen, in the order handled.</summary>
        public IReadOnlyList<ItemResult> Items { get; }

        /// <summary>
        /// Set when the run as a whole failed or stopped early (bad settings, the channel unreachable). Items
        /// not listed were not touched and will be handled by a later run.
        /// </summary>
        public string? RunError { get; }

        /// <summary>True when the run completed (individual items may still have failed).</summary>
        public bool Completed => RunError is null;

        /// <summary>Items that succeeded.</summary>
        public int SucceededCount => Items.Count(i => i.Outcome == ItemOutcome.Succeeded);

        /// <summary>Items skipped.</summary>
        public int SkippedCount => Items.Count(i => i.Outcome == ItemOutcome.Skipped);

        /// <summary>Items that failed.</summary>
        public int FailedCount => Items.Count(i => i.Outcome == ItemOutcome.Failed);

        /// <summary>Host order ids of the items that succeeded: the ones the host may flag.</summary>
        public IReadOnlyList<int> SucceededOrderIds =>
            Items.Where(i => i.Outcome == ItemOutcome.Succeeded && i.OrderId.HasValue).Select(i => i.OrderId!.Value).Distinct().ToList();
    }

    /// <summary>Collects item results during a run. Safe to use from several threads.</summary>
    public sealed class PluginRunResultBuilder
    {
        private readonly object _gate = new();
        private readonly List<ItemResult> _items = new();

        /// <summary>Starts a result for <paramref name="pluginName"/>.</summary>
        public PluginRunResultBuilder(string pluginName) => PluginName = pluginName ?? throw new ArgumentNullException(nameof(pluginName));

        /// <summary>The plugin's display name.</summary>
        public string PluginName { get; }

        /// <summary>Items recorded so far.</summary>
        public int Count
        {
            get
            {
                lock (_gate)
                {
                    return _items.Count;
                }
            }
        }

        /// <summary>Records a result.</summary>
        public ItemResult Add(ItemResult item)
        {
            if (item is null)
            {
                throw new ArgumentNullException(nameof(item));
            }

            lock (_gate)
            {
                _items.Add(item);
            }

            return item;
        }

        /// <summary>Records a success.</summary>
        public ItemResult Succeeded(string itemId, string? note = null, int? orderId = null, string? productId = null) =>
            Add(new ItemResult(itemId, ItemOutcome.Succeeded, note) { OrderId = orderId, ProductId = productId });

        /// <summary>Records a skip with its reason.</summary>
        public ItemResult Skipped(string itemId, string reason, int? orderId = null, string? productId = null) =>
            Add(new ItemResult(itemId, ItemOutcome.Skipped, reason) { OrderId = orderId, ProductId = productId });

        /// <summary>Records a failure with its error.</summary>
        public ItemResult Failed(string itemId, string error, int? orderId = null, string? productId = null) =>
            Add(new ItemResult(itemId, ItemOutcome.Failed, error) { OrderId = orderId, ProductId = productId });

        /// <summary>The result; <paramref name="runError"/> when the run as a whole failed.</summary>
        public PluginRunResult Build(string? runError = null)
        {
            lock (_gate)
            {
                return new PluginRunResult(PluginName, _items.ToArray(), runError);
            }
        }
    }
}
