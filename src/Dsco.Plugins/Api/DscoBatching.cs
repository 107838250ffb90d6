using System;
using System.Collections.Generic;
using System.Text;
using Dsco.Plugins.Api.Internal;

namespace Dsco.Plugins.Api;

/// <summary>One batch made by <see cref="DscoBatching.SplitBySize{T}"/>.</summary>
/// <typeparam name="T">Item type.</typeparam>
public sealed class DscoBatch<T>
{
    internal DscoBatch(IReadOnlyList<T> items, int serializedBytes)
    {
        Items = items;
        SerializedBytes = serializedBytes;
    }

    /// <summary>The items, in input order.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>Size of the batch as a JSON array, in UTF-8 bytes.</summary>
    public int SerializedBytes { get; }
}

/// <summary>
/// Splits items into JSON-array batches that stay under a byte budget by serialized size (not by count): for acknowledge,
/// shipment, invoice and inventory small batches, whose bodies DSCO caps at 5 MB.
/// </summary>
public static class DscoBatching
{
    /// <summary>DSCO's body limit: 5 MB.</summary>
    public const int MaxBodyBytes = DscoTransport.MaxRequestBodyBytes;

    /// <summary>Default budget: the limit minus a 64 KB safety margin.</summary>
    public const int DefaultBudgetBytes = MaxBodyBytes - 64 * 1024;

    /// <summary>
    /// Splits <paramref name="items"/> into batches whose JSON array (<c>[a,b,…]</c>, exactly as the client serializes it)
    /// is at most <paramref name="maxBytes"/> bytes and holds at most <paramref name="maxItems"/> items. Order is kept.
    /// </summary>
    /// <exception cref="ArgumentException">An item alone is larger than the budget (the message gives its index and size).</exception>
    public static IReadOnlyList<DscoBatch<T>> SplitBySize<T>(IEnumerable<T> items, int maxBytes = DefaultBudgetBytes, int maxItems = int.MaxValue)
        where T : notnull
    {
        if (items is null)
        {
            throw new ArgumentNullException(nameof(items));
        }

        if (maxBytes < 3 || maxBytes > MaxBodyBytes)
        {
            throw new ArgumentOutOfRangeException(nameof(maxBytes), maxBytes, $"Expected 3 to {MaxBodyBytes} bytes.");
        }

        if (maxItems < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxItems), maxItems, "Expected at least 1.");
        }

        var batches = new List<DscoBatch<T>>();
        var current = new List<T>();
        var currentBytes = 2; // "[" and "]"
        var index = 0;
        foreach (var item in items)
        {
            var size = Encoding.UTF8.GetByteCount(DscoJson.Serialize(item));
            if (size + 2 > maxBytes)
            {
                throw new ArgumentException(
                    $"Item {index} ({typeof(T).Name}) is {size:N0} bytes as JSON, more than the batch budget of {maxBytes:N0} bytes; it cannot be sent in any batch.",
                    nameof(items));
            }

            var added = size + (current.Count == 0 ? 0 : 1); // comma
            if (current.Count > 0 && (currentBytes + added > maxBytes || current.Count >= maxItems))
            {
                batches.Add(new DscoBatch<T>(current, currentBytes));
                current = new List<T>();
                currentBytes = 2;
                added = size;
            }

            current.Add(item);
            currentBytes += added;
            index++;
        }

        if (current.Count > 0)
        {
            batches.Add(new DscoBatch<T>(current, currentBytes));
        }

        return batches;
    }
}
