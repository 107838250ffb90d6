using Sellercloud.Plugins;

namespace Dsco.Plugins.Tests.Abstractions;

public class PluginRunResultBuilderTests
{
    [Fact]
    public void Build_CountsOutcomesAndListsOnlySucceededOrdersForFlagging()
    {
        var builder = new PluginRunResultBuilder("DSCO API v3 Tracking Export");
        builder.Succeeded("1001", orderId: 1001);
        builder.Skipped("1002", "no packages", orderId: 1002);
        builder.Failed("1003", "DSCO refused the shipment", orderId: 1003);
        builder.Succeeded("1001 again", orderId: 1001);

        var result = builder.Build();

        Assert.True(result.Completed);
        Assert.Equal(2, result.SucceededCount);
        Assert.Equal(1, result.SkippedCount);
        Assert.Equal(1, result.FailedCount);
        Assert.Equal(new[] { 1001 }, result.SucceededOrderIds);
        Assert.Equal("no packages", result.Items[1].Message);
    }

    [Fact]
    public void Build_WithRunError_IsNotCompleted()
    {
        var result = new PluginRunResultBuilder("p").Build("DSCO unreachable");

        Assert.False(result.Completed);
        Assert.Equal("DSCO unreachable", result.RunError);
    }
}
