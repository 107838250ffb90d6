using System;
using System.Collections.Generic;
using Dsco.Simulator;
using Microsoft.Extensions.Configuration;

namespace Dsco.Plugins.IntegrationTests.Simulator;

public sealed class StandaloneKnobsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values)
    {
        var pairs = new Dictionary<string, string?>();
        foreach (var (key, value) in values)
        {
            pairs[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(pairs).Build();
    }

    [Fact]
    public void Apply_GoodValues_SetTheOptions()
    {
        var options = new SimulatorOptions();

        StandaloneKnobs.Apply(
            Config(("TokenLifetimeSeconds", "30"), ("AsyncProcessingDelaySeconds", "2.5"), ("EnforceRateLimits", "false"), ("ErrorRate", "0.25"), ("LatencySeconds", "1")),
            options);

        Assert.Equal(TimeSpan.FromSeconds(30), options.TokenLifetime);
        Assert.Equal(TimeSpan.FromSeconds(2.5), options.AsyncProcessingDelay);
        Assert.False(options.EnforceRateLimits);
        Assert.Equal(0.25, options.Faults.ErrorRate);
        Assert.Equal(TimeSpan.FromSeconds(1), options.Faults.Latency);
    }

    [Theory]
    [InlineData("ErrorRate", "abc", "Simulator:ErrorRate 'abc' is not a fraction; expected a number from 0 to 1")]
    [InlineData("ErrorRate", "1.5", "Simulator:ErrorRate '1.5' is not a fraction")]
    [InlineData("LatencySeconds", "-1", "Simulator:LatencySeconds '-1' is not a number of seconds")]
    [InlineData("TokenLifetimeSeconds", "soon", "Simulator:TokenLifetimeSeconds 'soon' is not a number of seconds")]
    [InlineData("EnforceRateLimits", "yes", "Simulator:EnforceRateLimits 'yes' is not a boolean; expected true or false")]
    public void Apply_BadValue_IsRefusedNamingTheKnobAndValue(string knob, string value, string expected)
    {
        var error = Assert.Throws<FormatException>(() => StandaloneKnobs.Apply(Config((knob, value)), new SimulatorOptions()));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
