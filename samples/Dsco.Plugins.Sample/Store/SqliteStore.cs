using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace Dsco.Plugins.Sample.Store;

/// <summary>
/// The sample host's SQLite database: opens connections, creates the schema on first use and seeds the demo
/// company. Every service of the host goes through here so they all see the same file.
/// </summary>
internal sealed class SqliteStore
{
    private readonly string _connectionString;

    private SqliteStore(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            ForeignKeys = true,
            // No pooling: a pooled connection keeps the file open after the host (or a test) is done with it.
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating when missing) the database at <paramref name="path"/>; seeds demo data when new.</summary>
    public static async Task<(SqliteStore Store, bool Seeded)> OpenAsync(string path, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        var full = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var store = new SqliteStore(full);
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = Schema.CreateScript;
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var seeded = false;
        await using (var count = connection.CreateCommand())
        {
            count.Transaction = transaction;
            count.CommandText = "SELECT COUNT(*) FROM companies;";
            var companies = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            if (companies == 0)
            {
                await DemoData.SeedAsync(connection, transaction, timeProvider, cancellationToken);
                seeded = true;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return (store, seeded);
    }

    /// <summary>An open connection; the caller disposes it.</summary>
    public async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>True when the company exists.</summary>
    public async Task<bool> CompanyExistsAsync(int companyId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM companies WHERE id = $id;";
        command.Parameters.AddWithValue("$id", companyId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;
    }
}
