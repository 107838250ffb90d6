using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Api.Models;
using Dsco.Plugins.Settings;
using Sellercloud.Plugins;

namespace Dsco.Plugins.OrderImport;

/// <summary>What mapping one DSCO order produced: a host order, a reason to skip it, or why it cannot be imported.</summary>
internal sealed record DscoOrderMapping
{
    private DscoOrderMapping(NewOrder? order, string? skipReason, IReadOnlyList<string> errors, IReadOnlyList<string> warnings)
    {
        Order = order;
        SkipReason = skipReason;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>The order to create, when the DSCO order maps.</summary>
    public NewOrder? Order { get; }

    /// <summary>Why the order is deliberately not imported (e.g. every line cancelled).</summary>
    public string? SkipReason { get; }

    /// <summary>Why the order cannot be imported: one entry per failing line or field.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Things the seller should know about an imported order (e.g. an unmapped warehouse code).</summary>
    public IReadOnlyList<string> Warnings { get; }

    public static DscoOrderMapping Mapped(NewOrder order, IReadOnlyList<string> warnings) => new(order, null, Array.Empty<string>(), warnings);

    public static DscoOrderMapping Skip(string reason) => new(null, reason, Array.Empty<string>(), Array.Empty<string>());

    public static DscoOrderMapping Fail(IReadOnlyList<string> errors) => new(null, null, errors, Array.Empty<string>());
}

/// <summary>
/// Turns a DSCO <see cref="Order"/> into the host's <see cref="NewOrder"/>, applying the order-import company
/// settings. Pure apart from product matching, which is delegated to <see cref="DscoProductMatcher"/>.
/// </summary>
/// <remarks>
/// Unit price is the line's <c>expectedCost</c> — what the retailer pays the supplier, which is what the seller
/// invoices and books — and falls back to <c>consumerPrice</c> only when DSCO gives no cost.
/// </remarks>
internal sealed class DscoOrderMapper
{
    private const string DefaultCountry = "US";

    private readonly DscoOrderImportSettings _settings;

    public DscoOrderMapper(DscoOrderImportSettings settings) =>
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));

    /// <summary>Matches the order's importable lines to host products, then maps the order.</summary>
    public async Task<DscoOrderMapping> MapAsync(Order order, DscoProductMatcher matcher, DateTimeOffset importTime, CancellationToken cancellationToken = default)
    {
        var lines = order.LineItems ?? Array.Empty<OrderLineItem>();
        var matches = new ProductMatchResult?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line is null || DscoOrderStatus.IsDropped(line))
            {
                continue;
            }

            matches[i] = await matcher.MatchAsync(Identifiers(line), cancellationToken).ConfigureAwait(false);
        }

        return Map(order, matches, importTime);
    }

    /// <summary>
    /// Maps an order whose lines were matched already: <paramref name="matches"/> holds one entry per
    /// <c>lineItems</c> element, null for lines DSCO cancelled or rejected.
    /// </summary>
    public DscoOrderMapping Map(Order order, IReadOnlyList<ProductMatchResult?> matches, DateTimeOffset importTime)
    {
        if (order is null)
        {
            throw new ArgumentNullException(nameof(order));
        }

        var lines = order.LineItems ?? Array.Empty<OrderLineItem>();
        if (matches is null || matches.Count != lines.Count)
        {
            throw new ArgumentException("One match entry per DSCO line is needed.", nameof(matches));
        }

        var errors = new List<string>();
        var warnings = new List<string>();

        if (string.IsNullOrWhiteSpace(order.DscoOrderId))
        {
            errors.Add("the order has no dscoOrderId, so it cannot be imported exactly once");
        }

        var live = new List<(int Index, OrderLineItem Line)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] is { } line && !DscoOrderStatus.IsDropped(line))
            {
                live.Add((i, line));
            }
        }

        if (lines.Count == 0)
        {
            errors.Add("the order has no line items");
        }
        else if (live.Count == 0)
        {
            return DscoOrderMapping.Skip(
                $"every line of the order is cancelled or rejected at DSCO ({string.Join(", ", lines.Where(l => l is not null).Select(l => DescribeLine(lines.IndexOf(l), l) + " " + l.Status))}); nothing to import");
        }

        var items = new List<NewOrderItem>();
        foreach (var (index, line) in live)
        {
            var item = MapLine(index, line, matches[index], errors);
            if (item is not null)
            {
                items.Add(item);
            }
        }

        var shipTo = MapShipTo(order.Shipping, errors);
        if (errors.Count > 0)
        {
            return DscoOrderMapping.Fail(errors);
        }

        var email = FirstFilled(order.Shipping?.Email, order.BillTo?.Email);
        var shippingTotal = order.ShippingSurcharge ?? SumOrNull(live.Select(l => l.Line.ShippingSurcharge)) ?? 0m;
        var taxTotal = TaxTotal(order, live.Select(l => l.Line));
        var serviceLevel = FirstFilled(order.ShippingServiceLevelCode, order.RequestedShippingServiceLevelCode);
        var carrier = FirstFilled(order.ShipCarrier, order.RequestedShipCarrier);
        var method = FirstFilled(order.ShipMethod, order.RequestedShipMethod);
        var paid = !_settings.MarkOrdersUnpaid;
        var orderTotal = items.Sum(i => i.UnitPrice * i.Quantity) + shippingTotal + taxTotal;
        var gift = GiftOf(order);

        var newOrder = new NewOrder
        {
            CompanyId = _settings.CompanyId,
            ChannelOrderId = order.DscoOrderId!.Trim(),
            PoNumber = Trimmed(order.PoNumber),
            OrderSource = _settings.OrderSource,
            OrderDate = order.RetailerCreateDate ?? order.ConsumerOrderDate ?? order.DscoCreateDate ?? importTime,
            CustomerUser = _settings.CustomerUser,
            CustomerEmail = email,
            ShippingAddress = shipTo!,
            BillingAddress = MapBillTo(order.BillTo),
            ShippingCarrier = carrier,
            ShippingService = method ?? serviceLevel,
            LockShippingMethod = _settings.LockShippingMethod,
            ShippingRequiresThirdParty = RequiresThirdParty(carrier, serviceLevel),
            ShipFromWarehouseId = ShipFromWarehouse(order, live.Select(l => l.Line).ToList(), warnings),
            PaymentStatus = paid ? PaymentStatus.Charged : PaymentStatus.NoPayment,
            Payment = paid && _settings.CreatePayments ? new NewPayment(orderTotal, _settings.OrderSource, Trimmed(order.PoNumber)) : null,
            CurrencyCode = FirstFilled(order.CurrencyCode, order.ConsumerOrderCurrencyCode),
            ShippingTotal = shippingTotal,
            TaxTotal = taxTotal,
            IsGift = gift.IsGift,
            GiftMessage = gift.Message,
            GiftToName = gift.To,
            GiftFromName = gift.From,
            Notes = Notes(order, serviceLevel, method),
            Items = items,
            CustomColumns = CustomColumns(order, email),
        };

        if (order.RetailerCreateDate is null && order.ConsumerOrderDate is null && order.DscoCreateDate is null)
        {
            warnings.Add("DSCO gave no order date; the import time was used");
        }

        return DscoOrderMapping.Mapped(newOrder, warnings);
    }

    /// <summary>The identifiers of a line the matcher uses.</summary>
    public static DscoLineIdentifiers Identifiers(OrderLineItem line) =>
        new(line.Sku, line.Upc, line.DscoItemId, line.PartnerSku);

    /// <summary>A line as a seller finds it again: its position, DSCO line number and identifiers.</summary>
    public static string DescribeLine(int index, OrderLineItem line)
    {
        var number = line.LineNumber is { } n ? $", lineNumber {n.ToString(CultureInfo.InvariantCulture)}" : string.Empty;
        return $"line {(index + 1).ToString(CultureInfo.InvariantCulture)}{number} ({Identifiers(line)})";
    }

    private NewOrderItem? MapLine(int index, OrderLineItem line, ProductMatchResult? match, List<string> errors)
    {
        var failed = false;
        if (line.Quantity < 1)
        {
            errors.Add($"{DescribeLine(index, line)}: quantity {line.Quantity.ToString(CultureInfo.InvariantCulture)} is not valid; expected 1 or more");
            failed = true;
        }

        var price = line.ExpectedCost ?? line.ConsumerPrice;
        if (price is < 0m)
        {
            errors.Add($"{DescribeLine(index, line)}: price {price.Value.ToString(CultureInfo.InvariantCulture)} is negative; expected expectedCost (or consumerPrice) of 0 or more");
            failed = true;
        }

        if (match is null || !match.IsMatch)
        {
            errors.Add($"{DescribeLine(index, line)}: {match?.Error ?? "no host product matched"}");
            failed = true;
        }

        if (failed)
        {
            return null;
        }

        var unitPrice = price ?? 0m;
        return new NewOrderItem
        {
            ProductId = match!.ProductId!,
            Name = Trimmed(line.Title),
            Quantity = line.Quantity,
            UnitPrice = unitPrice,
            CoOpFee = Math.Round(unitPrice * line.Quantity * _settings.CoopFeePercentage / 100m, 2, MidpointRounding.AwayFromZero),
            ChannelLineId = line.LineNumber?.ToString(CultureInfo.InvariantCulture),
            ChannelSku = Trimmed(line.Sku),
            ChannelItemId = Trimmed(line.DscoItemId),
            Personalization = Personalization(line),
            Notes = Trimmed(line.Message),
        };
    }

    private static HostAddress? MapShipTo(OrderShipping? shipping, List<string> errors)
    {
        if (shipping is null)
        {
            errors.Add("the order has no shipping (ship-to) address");
            return null;
        }

        var (first, last) = Names(shipping.Name, shipping.FirstName, shipping.LastName);
        var (street1, street2) = Streets(shipping.Address, shipping.Address1, shipping.Address2);
        var missing = new List<string>();
        if (first is null && last is null)
        {
            missing.Add("name");
        }

        if (street1 is null)
        {
            missing.Add("address");
        }

        if (Trimmed(shipping.City) is null)
        {
            missing.Add("city");
        }

        if (Trimmed(shipping.Postal) is null)
        {
            missing.Add("postal");
        }

        if (missing.Count > 0)
        {
            errors.Add($"the ship-to address is missing {string.Join(", ", missing)} (shipping.{string.Join(", shipping.", missing)})");
            return null;
        }

        return new HostAddress
        {
            FirstName = first,
            LastName = last,
            Company = Trimmed(shipping.Company),
            Street1 = street1,
            Street2 = street2,
            City = Trimmed(shipping.City),
            State = FirstFilled(shipping.Region, shipping.State),
            PostalCode = Trimmed(shipping.Postal),
            Country = Trimmed(shipping.Country) ?? DefaultCountry,
            Phone = Trimmed(shipping.Phone),
            Email = Trimmed(shipping.Email),
            IsResidential = Residential(shipping.AddressType),
        };
    }

    private static HostAddress? MapBillTo(OrderBillTo? billTo)
    {
        if (billTo is null)
        {
            return null;
        }

        var (first, last) = Names(billTo.Name, billTo.FirstName, billTo.LastName);
        var (street1, street2) = Streets(billTo.Address, billTo.Address1, billTo.Address2);
        return new HostAddress
        {
            FirstName = first,
            LastName = last,
            Company = Trimmed(billTo.Company),
            Street1 = street1,
            Street2 = street2,
            City = Trimmed(billTo.City),
            State = Trimmed(billTo.Region),
            PostalCode = Trimmed(billTo.Postal),
            Country = Trimmed(billTo.Country) ?? DefaultCountry,
            Phone = Trimmed(billTo.Phone),
            Email = Trimmed(billTo.Email),
            IsResidential = Residential(billTo.AddressType),
        };
    }

    private static (string? First, string? Last) Names(string? name, string? firstName, string? lastName)
    {
        var full = Trimmed(name);
        if (full is null)
        {
            return (Trimmed(firstName), Trimmed(lastName));
        }

        // The last word is the family name ("Mary Ann Smith" → "Mary Ann" / "Smith"); one word is a first name.
        var cut = full.LastIndexOf(' ');
        return cut < 0 ? (full, null) : (full.Substring(0, cut).Trim(), full.Substring(cut + 1));
    }

    private static (string? Street1, string? Street2) Streets(IList<string>? address, string? address1, string? address2)
    {
        var lines = (address ?? Array.Empty<string>()).Select(Trimmed).Where(l => l is not null).Cast<string>().ToList();
        if (lines.Count == 0)
        {
            return (Trimmed(address1), Trimmed(address2));
        }

        return (lines[0], lines.Count > 1 ? string.Join(", ", lines.Skip(1)) : null);
    }

    private static bool? Residential(string? addressType) => addressType?.Trim().ToLowerInvariant() switch
    {
        "residential" => true,
        "commercial" => false,
        _ => null,
    };

    private bool RequiresThirdParty(string? carrier, string? serviceLevel)
    {
        if (!_settings.ShippingRequiresThirdPartyBilling)
        {
            return false;
        }

        var family = DscoCarriers.FamilyOf(carrier, serviceLevel);
        if (family == CarrierFamily.Usps && _settings.AllowShippingUsps)
        {
            return false;
        }

        return !(family == CarrierFamily.Ups && _settings.AllowShippingUps);
    }

    private int? ShipFromWarehouse(Order order, IReadOnlyList<OrderLineItem> lines, List<string> warnings)
    {
        if (!_settings.IncludeWarehouseCodes)
        {
            return null;
        }

        var lineCodes = lines.Select(l => Trimmed(l.WarehouseCode)).ToList();
        var code = lineCodes.Count > 0 && lineCodes.All(c => c is not null) && lineCodes.Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1
            ? lineCodes[0]
            : FirstFilled(order.ShipWarehouseCode, order.DscoWarehouseCode, order.RequestedWarehouseCode);
        var source = code is null ? DscoSettingNames.WarehouseCode : "the DSCO order";
        code ??= Trimmed(_settings.DefaultWarehouseCode);
        if (code is null)
        {
            warnings.Add($"ship-from warehouse not set: the order names no DSCO warehouse code and {DscoSettingNames.WarehouseCode} is empty");
            return null;
        }

        if (_settings.WarehouseIdsByCode.TryGetValue(code, out var warehouseId))
        {
            return warehouseId;
        }

        warnings.Add($"ship-from warehouse not set: DSCO warehouse code '{code}' (from {source}) has no entry in {DscoSettingNames.WarehouseCodes}; add e.g. '<warehouseId>-{code}'");
        return null;
    }

    private static (bool IsGift, string? Message, string? To, string? From) GiftOf(Order order)
    {
        var lines = (order.LineItems ?? Array.Empty<OrderLineItem>()).Where(l => l is not null).ToList();
        var message = FirstFilled(order.GiftMessage, lines.Select(l => l.GiftMessage).FirstOrDefault(m => Trimmed(m) is not null));
        var to = FirstFilled(order.GiftToName, lines.Select(l => l.GiftToName).FirstOrDefault(m => Trimmed(m) is not null));
        var from = FirstFilled(order.GiftFromName, lines.Select(l => l.GiftFromName).FirstOrDefault(m => Trimmed(m) is not null));
        var flag = order.GiftFlag ?? (lines.Any(l => l.GiftFlag == true) ? true : null);
        var isGift = flag ?? (message is not null || to is not null || from is not null);
        return (isGift, message, to, from);
    }

    private static decimal TaxTotal(Order order, IEnumerable<OrderLineItem> lines)
    {
        var orderTaxes = SumOrNull((order.Taxes ?? Array.Empty<OrderTax>()).Select(t => t?.Amount));
        if (orderTaxes is not null)
        {
            return orderTaxes.Value;
        }

        if (order.AmountOfSalesTaxCollected is { } collected)
        {
            return collected;
        }

        var list = lines.ToList();
        return SumOrNull(list.Select(l => SumOrNull((l.Taxes ?? Array.Empty<OrderTax>()).Select(t => t?.Amount)) ?? l.AmountOfSalesTaxCollected)) ?? 0m;
    }

    private static string? Notes(Order order, string? serviceLevel, string? method)
    {
        var notes = new List<string>();
        if (serviceLevel is not null && method is not null)
        {
            notes.Add($"DSCO shipping service level code: {serviceLevel}");
        }

        if (Trimmed(order.ShipInstructions) is { } instructions)
        {
            notes.Add($"Ship instructions: {instructions}");
        }

        return notes.Count == 0 ? null : string.Join(Environment.NewLine, notes);
    }

    private static Dictionary<string, string> CustomColumns(Order order, string? email)
    {
        var columns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        AddColumn(columns, DscoOrderColumns.ConsumerOrderNumber, order.ConsumerOrderNumber);
        AddColumn(columns, DscoOrderColumns.Email, email);
        AddColumn(columns, DscoOrderColumns.Coupons, Coupons(order.Coupons));
        AddColumn(columns, DscoOrderColumns.Channel, order.Channel);
        return columns;
    }

    private static void AddColumn(Dictionary<string, string> columns, string name, string? value)
    {
        if (Trimmed(value) is { } text)
        {
            columns[name] = text;
        }
    }

    /// <summary>Coupons as a person reads them: <c>10.00 off; 15% off</c>.</summary>
    internal static string? Coupons(IList<OrderCoupon>? coupons)
    {
        var parts = new List<string>();
        foreach (var coupon in coupons ?? Array.Empty<OrderCoupon>())
        {
            if (coupon?.Amount is { } amount)
            {
                parts.Add($"{amount.ToString("0.00", CultureInfo.InvariantCulture)} off");
            }

            if (coupon?.Percentage is { } percentage)
            {
                parts.Add($"{percentage.ToString("0.##", CultureInfo.InvariantCulture)}% off");
            }
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static string? Personalization(OrderLineItem line)
    {
        if (Trimmed(line.Personalization) is { } text)
        {
            return text;
        }

        var pairs = (line.PersonalizationMap ?? new Dictionary<string, string>())
            .Where(p => Trimmed(p.Value) is not null)
            .Select(p => $"{p.Key.Trim()}: {p.Value.Trim()}")
            .ToList();
        return pairs.Count == 0 ? null : string.Join("; ", pairs);
    }

    private static decimal? SumOrNull(IEnumerable<decimal?> values)
    {
        decimal? total = null;
        foreach (var value in values)
        {
            if (value is { } v)
            {
                total = (total ?? 0m) + v;
            }
        }

        return total;
    }

    private static string? FirstFilled(params string?[] values) => values.Select(Trimmed).FirstOrDefault(v => v is not null);

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
}
