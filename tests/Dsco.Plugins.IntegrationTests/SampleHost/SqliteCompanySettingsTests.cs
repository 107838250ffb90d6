using System.Threading.Tasks;
using Dsco.Plugins.Sample.Store;
using Dsco.Simulator;

namespace Dsco.Plugins.IntegrationTests.SampleHost;

public sealed class SqliteCompanySettingsTests
{
    [Fact]
    public async Task GetAsync_DemoCompany_HasLegacyTokenCredentials()
    {
        await using var db = await TempDatabase.CreateAsync();

        Assert.Equal(DemoCredentials.Token, await db.Settings.GetAsync(1, "DSCO_Token"));
        Assert.Equal(DemoCredentials.SupplierId, await db.Settings.GetAsync(1, "dsco_supplierid"));
        Assert.Null(await db.Settings.GetAsync(1, "DSCO_ClientSecret"));
        Assert.Null(await db.Settings.GetAsync(2, "DSCO_Token"));
    }

    [Fact]
    public async Task SetAsync_NameInOtherCase_UpdatesTheSameSetting()
    {
        await using var db = await TempDatabase.CreateAsync();

        await db.Settings.SetAsync(1, "DSCO_StreamPosition", "z/2026/12/01/00/00/000");
        await db.Settings.SetAsync(1, "dsco_streamposition", "z/2026/12/04/09/00/000");

        var all = await db.Settings.GetAllAsync(1);
        Assert.Equal("z/2026/12/04/09/00/000", all["DSCO_STREAMPOSITION"]);
        Assert.Equal(1, await db.SqlAsync("SELECT COUNT(*) FROM company_settings WHERE name = 'DSCO_StreamPosition';"));
    }

    [Fact]
    public async Task SetAsync_IsDurable_ANewStoreOnTheFileSeesIt()
    {
        await using var db = await TempDatabase.CreateAsync();
        await db.Settings.SetAsync(1, "DSCO_StreamID", "stream-42");

        var (reopened, seeded) = await SqliteStore.OpenAsync(db.Store.Path, db.Time);

        Assert.False(seeded);
        Assert.Equal("stream-42", await new SqliteCompanySettings(reopened).GetAsync(1, "DSCO_StreamID"));
    }

    [Fact]
    public async Task SetAsync_UnknownCompany_Throws()
    {
        await using var db = await TempDatabase.CreateAsync();

        await Assert.ThrowsAsync<System.InvalidOperationException>(() => db.Settings.SetAsync(7, "DSCO_Token", "x"));
    }
}
