using System;
using System.Collections.Generic;
using Sellercloud.Plugins;
using C = Dsco.Plugins.Settings.DscoOrderColumns;

namespace Dsco.Plugins.Settings
{
    /// <summary>
    /// The DSCO custom order columns of one order. All are text: <see cref="Read"/> takes them from a host order
    /// (names case-insensitive, blank = not set) and <see cref="ToColumns"/> gives the filled ones back for a
    /// new order or an update.
    /// </summary>
    public sealed record DscoOrderColumnValues
    {
        /// <summary><c>DSCOInvoiceId</c>: the invoice number sent to DSCO, once sent.</summary>
        public string? InvoiceId { get; init; }

        /// <summary><c>DSCOConsumerOrderNumber</c>.</summary>
        public string? ConsumerOrderNumber { get; init; }

        /// <summary><c>DSCO_Coupons</c>.</summary>
        public string? Coupons { get; init; }

        /// <summary><c>DSCO_Email</c>.</summary>
        public string? Email { get; init; }

        /// <summary><c>DSCO_Channel</c>.</summary>
        public string? Channel { get; init; }

        /// <summary>True when the order already has an invoice id, i.e. an invoice was sent for it.</summary>
        public bool HasInvoiceId => !string.IsNullOrWhiteSpace(InvoiceId);

        /// <summary>Reads the DSCO columns of <paramref name="order"/>.</summary>
        public static DscoOrderColumnValues Read(HostOrder order)
        {
            if (order is null)
            {
                throw new ArgumentNullException(nameof(order));
            }

            var columns = order.CustomColumns ?? new Dictionary<string, string>();
            return new DscoOrderColumnValues
            {
                InvoiceId = DscoValueParser.Column(columns, C.InvoiceId),
                ConsumerOrderNumber = DscoValueParser.Column(columns, C.ConsumerOrderNumber),
                Coupons = DscoValueParser.Column(columns, C.Coupons),
                Email = DscoValueParser.Column(columns, C.Email),
                Channel = DscoValueParser.Column(columns, C.Channel),
            };
        }

        /// <summary>The column update that records <paramref name="invoiceId"/> on an order (for <see cref="IHostOrderService.SetCustomColumnsAsync"/>).</summary>
        public static IReadOnlyDictionary<string, string?> InvoiceIdUpdate(string invoiceId)
        {
            var value = DscoValueParser.Clean(invoiceId) ?? throw new ArgumentException("An invoice id is needed.", nameof(invoiceId));
            return new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { [C.InvoiceId] = value };
        }

        /// <summary>The filled columns, name to trimmed value (e.g. for <see cref="NewOrder.CustomColumns"/>).</summary>
        public IReadOnlyDictionary<string, string> ToColumns()
        {
            var columns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            Add(columns, C.InvoiceId, InvoiceId);
            Add(columns, C.ConsumerOrderNumber, ConsumerOrderNumber);
            Add(columns, C.Coupons, Coupons);
            Add(columns, C.Email, Email);
            Add(columns, C.Channel, Channel);
            return columns;
        }

        private static void Add(Dictionary<string, string> columns, string name, string? value)
        {
            var clean = DscoValueParser.Clean(value);
            if (clean is not null)
            {
                columns[name] = clean;
            }
        }
    }
}
