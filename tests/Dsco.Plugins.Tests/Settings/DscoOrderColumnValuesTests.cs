using System;
using System.Collections.Generic;
using Dsco.Plugins.Settings;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Tests.Settings;

public class DscoOrderColumnValuesTests
{
    [Fact]
    public void Read_TakesTrimmedValues_CaseInsensitively_BlankIsNotSet()
    {
        var order = new HostOrder
        {
            Id = 7,
            CustomColumns = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["dscoinvoiceid"] = " INV-7 ",
                [DscoOrderColumns.ConsumerOrderNumber] = "C-100",
                [DscoOrderColumns.Coupons] = " ",
                [DscoOrderColumns.Email] = "a@b.example",
                [DscoOrderColumns.Channel] = "web",
            },
        };

        var values = DscoOrderColumnValues.Read(order);

        Assert.Equal("INV-7", values.InvoiceId);
        Assert.True(values.HasInvoiceId);
        Assert.Equal("C-100", values.ConsumerOrderNumber);
        Assert.Null(values.Coupons);
        Assert.Equal("a@b.example", values.Email);
        Assert.Equal("web", values.Channel);
    }

    [Fact]
    public void Read_NoColumns_HasNoInvoiceId()
    {
        Assert.False(DscoOrderColumnValues.Read(new HostOrder()).HasInvoiceId);
    }

    [Fact]
    public void ToColumns_GivesOnlyFilledColumnsUnderTheirNames()
    {
        var columns = new DscoOrderColumnValues { ConsumerOrderNumber = "C-1", Email = " x@y.example ", Coupons = "" }.ToColumns();

        Assert.Equal(2, columns.Count);
        Assert.Equal("C-1", columns["DSCOConsumerOrderNumber"]);
        Assert.Equal("x@y.example", columns["DSCO_Email"]);
    }

    [Fact]
    public void InvoiceIdUpdate_SetsTheInvoiceColumn_AndRejectsBlank()
    {
        var update = DscoOrderColumnValues.InvoiceIdUpdate(" INV-9 ");

        Assert.Equal("INV-9", Assert.Single(update).Value);
        Assert.Equal("DSCOInvoiceId", Assert.Single(update).Key);
        Assert.Throws<ArgumentException>(() => DscoOrderColumnValues.InvoiceIdUpdate("  "));
    }
}
