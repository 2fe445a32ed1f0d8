using System.CommandLine;
using System.Diagnostics;
using GovText.Cli.Commands;
using GovText.Core.Output;
using GovText.Core.RunRecords;

namespace GovText.Cli.Config;

/// <summary>
/// A command's run into a results folder: holds the folder's <see cref="ResultsTransaction"/> (lock, staging, swap),
/// times the stages and, on <see cref="Commit"/>, writes run.json with the resolved options and the inputs'
/// fingerprints. Disposing without committing leaves the folder as it was.
/// </summary>
internal sealed class RecordedRun : IDisposable
{
    private readonly ParseResult _parse;
    private readonly ResultsTransaction _transaction;
    private readonly DateTimeOffset _started;
    private readonly List<(string Stage, TimeSpan Duration)> _stages = [];

    private RecordedRun(ParseResult parse, ResultsTransaction transaction, DateTimeOffset started)
    {
        _parse = parse;
        _transaction = transaction;
        _started = started;
        // Every file an option names (lexicon, manifest, rules, font, stop words…) is fingerprinted without code of its own.
        foreach (var (key, symbol) in CommandOptions.Keys(parse.CommandResult.Command))
        {
            if (key == "out" || symbol is not Option o) continue;
            var value = CommandOptions.Text(parse.GetResult(o)?.GetValueOrDefault<object?>());
            if (value is not null && CommandOptions.NamesFileOrFolder(key, symbol, value, Environment.CurrentDirectory) && File.Exists(value))
                Inputs.File(key, value);
            // The built-in lists are embedded, so no file fingerprints them: every command that takes --stopwords records the words.
            if (key == "stopwords" && value is not null) Inputs.StopWords(Core.StopWords.StopWordList.Load(value));
        }
    }

    /// <summary>The folder the command writes into (inside the results folder, swapped in on commit).</summary>
    public string StagingDir => _transaction.StagingDir;

    /// <summary>The results folder.</summary>
    public string OutDir => _transaction.OutDir;

    /// <summary>Where writers record the size and SHA-256 of what they stage, so the commit need not read it back.</summary>
    public OutputLedger Ledger => _transaction.Ledger;

    /// <summary>run.json's inputs section; commands add what they read.</summary>
    public RunInputs Inputs { get; } = new();

    /// <summary>Takes the results folder for this command (see <see cref="ResultsTransaction.Begin"/>).</summary>
    public static RecordedRun Begin(ParseResult parse, string outDir, ResultsScope scope, string? corpus = null)
    {
        var started = DateTimeOffset.UtcNow;
        var owner = Owner(parse, started);
        return new RecordedRun(parse, ResultsTransaction.Begin(outDir, owner, scope, corpus), started);
    }

    /// <summary>Finishes an interrupted commit in a results folder this command only reads.</summary>
    public static void Recover(ParseResult parse, string folder) => ResultsTransaction.Recover(folder, Owner(parse, DateTimeOffset.UtcNow));

    /// <summary>Runs and times one stage.</summary>
    public T Stage<T>(string name, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        _stages.Add((name, clock.Elapsed));
        return result;
    }

    /// <summary>The final path of a file written into <see cref="StagingDir"/>.</summary>
    public string FinalPath(string path) => _transaction.FinalPath(path);

    /// <summary>
    /// run.json as it stands before the commit: no outputs yet, timings up to now. For a stage that describes the run
    /// inside the results folder it is writing (analyze's report.html, which run.json then lists).
    /// </summary>
    public string Preview() =>
        new RunRecord(CommandOptions.PathOf(_parse), CommandOptions.Resolved(_parse), Inputs.ToJson(),
            new RunTimings(_started, DateTimeOffset.UtcNow, _stages)).ToJson([]);

    /// <summary>Writes run.json and swaps the outputs into the results folder; notes go to standard error unless quiet.</summary>
    public void Commit(CliConsole console, bool quiet)
    {
        var record = new RunRecord(CommandOptions.PathOf(_parse), CommandOptions.Resolved(_parse), Inputs.ToJson(),
            new RunTimings(_started, DateTimeOffset.UtcNow, _stages));
        _transaction.Commit((outputs, earlier) => (record with { Earlier = earlier }).ToJson(outputs));
        if (!quiet) foreach (var note in _transaction.Notes) console.Note(console.Error, note);
    }

    /// <inheritdoc />
    public void Dispose() => _transaction.Dispose();

    private static RunOwner Owner(ParseResult parse, DateTimeOffset started) =>
        new(Environment.ProcessId, Environment.MachineName, started, "govtext " + string.Join(' ', parse.Tokens.Select(t => t.Value)));
}
