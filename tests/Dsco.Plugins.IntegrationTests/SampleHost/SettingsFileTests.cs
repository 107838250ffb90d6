using System;
using System.Linq;
using System.IO;
using System.Threading.Tasks;
using Dsco.Plugins.Sample.Store;

namespace Dsco.Plugins.IntegrationTests.SampleHost;

public sealed class SettingsFileTests
{
    [Fact]
    public void Parse_ObjectOfStrings_KeepsNamesAndValues()
    {
        var settings = SettingsFile.Parse("""{ "DSCO_ClientID": "id", "DSCO_StreamID": "" }""", "s.json");

        Assert.Equal(new[] { ("DSCO_ClientID", "id"), ("DSCO_StreamID", string.Empty) }, settings.Select(s => (s.Key, s.Value)));
    }

    [Theory]
    [InlineData("""{ "DSCO_NetTermDays": 30 }""", "setting 'DSCO_NetTermDays' is a JSON Number; expected a string")]
    [InlineData("""{ "DSCO_SendUPC": true }""", "setting 'DSCO_SendUPC' is a JSON True")]
    [InlineData("""{ "DSCO_Token": null }""", "setting 'DSCO_Token' is a JSON Null")]
    [InlineData("""[ "a" ]""", "holds a JSON Array; expected an object")]
    [InlineData("""{ "a": "1", "A": "2" }""", "setting 'A' appears twice")]
    [InlineData("""{ "a": """, "is not valid JSON (line 1")]
    public void Parse_BadContent_ThrowsNamingTheFileAndProblem(string json, string expected)
    {
        var ex = Assert.Throws<SettingsFileException>(() => SettingsFile.Parse(json, "my-settings.json"));

        Assert.Contains("'my-settings.json'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SecretValueInABadFile_IsNotEchoed()
    {
        var ex = Assert.Throws<SettingsFileException>(() => SettingsFile.Parse("""{ "DSCO_ClientSecret": "s3cr3t-value", "DSCO_X": 1 }""", "f.json"));

        Assert.DoesNotContain("s3cr3t-value", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MissingFile_ThrowsNamingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");

        var ex = await Assert.ThrowsAsync<SettingsFileException>(() => SettingsFile.ReadAsync(path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }
}
