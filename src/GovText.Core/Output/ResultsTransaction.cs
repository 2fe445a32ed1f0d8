using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using GovText.Core.Corpus;
using GovText.Core.Errors;
using GovText.Core.RunRecords;

namespace GovText.Core.Output;

/// <summary>
/// A run's hold on its results folder, so that the folder is always the complete output of one run:
/// <list type="bullet">
/// <item>a lock (<c>OUT/.govtext/lock</c>, an OS file lock the kernel releases when the process dies; the owner's pid,
/// host and start time in <c>owner.json</c>): a second run into the same folder is refused, naming the first;</item>
/// <item>the outputs are written into a staging folder (<see cref="StagingDir"/>, inside OUT) and moved into place by
/// <see cref="Commit"/> only when the run has finished: a failed or interrupted run leaves the folder as it was;</item>
/// <item>an earlier run's outputs that this run replaces but did not write (listed in its run.json) are removed; files
/// GovText did not write, and anything outside OUT, are never touched;</item>
/// <item>what a dead run left (a staging folder, an interrupted commit, temporary files) is cleaned up, or the commit
/// finished, by the next run that takes the lock.</item>
/// </list>
/// </summary>
public sealed partial class ResultsTransaction : IDisposable
{
    /// <summary>The run record's file name in a results folder.</summary>
    public const string RecordFile = "run.json";

    /// <summary>GovText's working folder inside a results folder (lock, owner, staging).</summary>
    public const string WorkFolder = ".govtext";

    /// <summary>Output folders written and replaced as a whole (listed in run.json as one entry with a fingerprint).</summary>
    public static readonly IReadOnlySet<string> WholeFolders = new HashSet<string>(StringComparer.Ordinal) { "text/" };

    private const string LockFile = "lock", OwnerFile = "owner.json";
    private const string StagingPrefix = "staging-", CommitPrefix = "commit-", TrashPrefix = "trash-";

    // Runs of this process by folder: the OS lock does not separate two runs of one process on every platform.
    private static readonly ConcurrentDictionary<string, RunOwner> HeldHere = new(StringComparer.Ordinal);

    private readonly List<string> _notes = [];
    private readonly ResultsScope _scope;
    private readonly bool _createdOut;
    private readonly string _id;
    private FileStream? _lock;
    private bool _done;

    private ResultsTransaction(string outDir, ResultsScope scope, bool createdOut)
    {
        OutDir = outDir;
        _scope = scope;
        _createdOut = createdOut;
        _id = Guid.NewGuid().ToString("N")[..12];
        StagingDir = Path.Combine(WorkDir, StagingPrefix + _id);
    }

    /// <summary>The results folder (absolute).</summary>
    public string OutDir { get; }

    /// <summary>Where the run writes its outputs, in the same layout as <see cref="OutDir"/>.</summary>
    public string StagingDir { get; }

    /// <summary>
    /// Sizes and SHA-256 of staged files as their writers computed them (the document pass's <c>text/</c> files):
    /// <see cref="Commit"/> takes these instead of reading the files back.
    /// </summary>
    public OutputLedger Ledger { get; } = new();

    /// <summary>What the transaction did besides the run's own work (a lock taken over, leftovers cleaned up, files kept).</summary>
    public IReadOnlyList<string> Notes => _notes;

    private string WorkDir => Path.Combine(OutDir, WorkFolder);

    /// <summary>
    /// Takes the lock on <paramref name="outDir"/> (creating it if needed), finishes or cleans up what a dead run left,
    /// and opens an empty staging folder.
    /// </summary>
    /// <param name="outDir">The results folder.</param>
    /// <param name="owner">This run, as a refused run will name it.</param>
    /// <param name="scope">Which earlier outputs this run replaces.</param>
    /// <param name="corpus">The corpus the run reads, if any: the results folder may be neither inside it nor around it.</param>
    /// <exception cref="ConfigurationException">The folder cannot be used (see <see cref="OutputFolderCheck"/>), or another run holds it.</exception>
    public static ResultsTransaction Begin(string outDir, RunOwner owner, ResultsScope scope, string? corpus = null)
    {
        var full = Path.GetFullPath(outDir);
        var created = !Directory.Exists(full);
        OutputFolderCheck.Check(outDir, corpus);
        var transaction = new ResultsTransaction(full, scope, created);
        try
        {
            transaction.Lock(owner);
            transaction.CleanUp();
            Directory.CreateDirectory(transaction.StagingDir);
            return transaction;
        }
        catch
        {
            transaction.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Finishes an interrupted commit or removes a dead run's staging in <paramref name="folder"/> before it is read, if
    /// GovText left anything there; does nothing to a folder without GovText's working folder.
    /// </summary>
    /// <exception cref="ConfigurationException">Another run holds the folder.</exception>
    public static void Recover(string folder, RunOwner owner)
    {
        var work = Path.Combine(Path.GetFullPath(folder), WorkFolder);
        if (!Directory.Exists(work) || !Directory.EnumerateDirectories(work).Any()) return;
        using var transaction = Begin(folder, owner, ResultsScope.Only());
    }

    /// <summary>The final path of a file written into <see cref="StagingDir"/> (other paths unchanged).</summary>
    public string FinalPath(string path)
    {
        var full = Path.GetFullPath(path);
        var staging = StagingDir + Path.DirectorySeparatorChar;
        if (full == StagingDir) return OutDir;
        // GetFullPath keeps a folder's trailing separator ("text/"), so the mapped path keeps it too.
        return full.StartsWith(staging, StringComparison.Ordinal) ? Path.Combine(OutDir, full[staging.Length..]) : path;
    }

    /// <summary>
    /// Lists the staged outputs (with the earlier outputs this run keeps), writes run.json from
    /// <paramref name="record"/> and swaps everything into the results folder; then releases the lock.
    /// </summary>
    /// <param name="record">
    /// The run record's text for the given list of outputs and, when the run keeps outputs of the earlier run, that
    /// run's record (<see cref="RunRecord.TryReadAsEarlier"/>), else null.
    /// </param>
    /// <returns>The outputs as listed in run.json.</returns>
    public IReadOnlyList<OutputEntry> Commit(Func<IReadOnlyList<OutputEntry>, System.Text.Json.Nodes.JsonObject?, string> record)
    {
        if (_done) throw new InvalidOperationException("The transaction is finished.");
        var written = Describe(StagingDir, Ledger);
        var writtenPaths = written.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var earlierPath = Path.Combine(OutDir, RecordFile);
        var earlierText = File.Exists(earlierPath) ? File.ReadAllText(earlierPath) : null;
        var kept = (earlierText is null ? null : RunRecord.TryReadOutputs(earlierText) ?? [])
            ?.Where(e => !_scope.Replaces(e.TopLevel) && !writtenPaths.Contains(e.Path) && Exists(e))
            .ToList() ?? [];
        var outputs = written.Concat(kept).OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
        var earlier = kept.Count > 0 && earlierText is not null ? RunRecord.TryReadAsEarlier(earlierText) : null;
        AtomicFile.WriteAllText(Path.Combine(StagingDir, RecordFile), record(outputs, earlier));

        var commitDir = Path.Combine(WorkDir, CommitPrefix + _id);
        Directory.Move(StagingDir, commitDir);
        Apply(commitDir);
        _done = true;
        Release();
        return outputs;
    }

    /// <summary>Abandons the run unless it was committed: the staging folder goes, the results folder is as it was.</summary>
    public void Dispose()
    {
        if (_done) return;
        _done = true;
        TryDeleteDirectory(StagingDir);
        Release();
        if (_createdOut) TryRemoveIfEmpty(OutDir);
    }

    /// <summary>The outputs an earlier run's run.json lists, or null when there is none (or it cannot be read).</summary>
    public static IReadOnlyList<OutputEntry>? ReadRecordOutputs(string path) =>
        File.Exists(path) ? RunRecord.TryReadOutputs(File.ReadAllText(path)) : null;

    private bool Exists(OutputEntry entry)
    {
        var path = SafePath(entry.Path);
        return path is not null && (entry.IsFolder ? Directory.Exists(path) : File.Exists(path));
    }

    private void Lock(RunOwner owner)
    {
        if (!HeldHere.TryAdd(OutDir, owner))
            throw InUse(HeldHere.TryGetValue(OutDir, out var holder) ? holder : owner);
        Directory.CreateDirectory(WorkDir);
        var lockPath = Path.Combine(WorkDir, LockFile);
        var ownerPath = Path.Combine(WorkDir, OwnerFile);
        try
        {
            // FileShare.None takes an exclusive OS lock (flock on Unix), which the kernel drops when the process dies.
            _lock = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (File.Exists(lockPath))
        {
            HeldHere.TryRemove(OutDir, out _);
            throw InUse(ReadOwner(ownerPath));
        }

        if (ReadOwner(ownerPath) is { } previous)
        {
            // Where file locks are not enforced, the owner's pid on this host still tells a live run.
            if (previous.Pid != Environment.ProcessId && previous.MayBeAlive() && previous.Host == Environment.MachineName)
            {
                _lock.Dispose();
                _lock = null;
                HeldHere.TryRemove(OutDir, out _);
                throw InUse(previous);
            }
            _notes.Add($"took over the results folder from a run that is no longer running ({previous})");
        }
        AtomicFile.WriteAllText(ownerPath, owner.ToJson());
    }

    private ConfigurationException InUse(RunOwner? holder) =>
        new($"the results folder {OutDir} is in use by another GovText run ({(holder is null ? "owner unknown" : holder.ToString())}); " +
            "wait for it to finish or choose another results folder");

    private static RunOwner? ReadOwner(string path)
    {
        try { return File.Exists(path) ? RunOwner.TryParse(File.ReadAllText(path)) : null; }
        catch (IOException) { return null; }
    }

    private void Release()
    {
        if (_lock is null) return;
        TryDelete(Path.Combine(WorkDir, OwnerFile));
        _lock.Dispose();
        _lock = null;
        HeldHere.TryRemove(OutDir, out _);
    }

    // With the lock held, whatever another run left in the working folder belongs to a dead run.
    private void CleanUp()
    {
        foreach (var dir in Directory.EnumerateDirectories(WorkDir).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(dir);
            if (name.StartsWith(CommitPrefix, StringComparison.Ordinal))
            {
                Apply(dir);
                _notes.Add("finished the interrupted commit of an earlier run");
            }
            else if (name.StartsWith(StagingPrefix, StringComparison.Ordinal) || name.StartsWith(TrashPrefix, StringComparison.Ordinal))
            {
                TryDeleteDirectory(dir);
                if (name.StartsWith(StagingPrefix, StringComparison.Ordinal)) _notes.Add("removed the unfinished outputs of an interrupted run");
            }
        }
        // Temporary files of atomic writes made straight into the folder (GovText before staging, or a crash mid-rename).
        foreach (var dir in new[] { OutDir, WorkDir, Path.Combine(OutDir, "charts") }.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(dir).Where(f => TempName().IsMatch(Path.GetFileName(f))))
                TryDelete(file);
        }
    }

    // Idempotent, so an interrupted commit can be finished by the next run: whole folders swapped, files moved over
    // the old ones, earlier outputs this run does not list removed, run.json last.
    private void Apply(string commitDir)
    {
        var newRecord = Path.Combine(commitDir, RecordFile);
        var listed = ReadRecordOutputs(newRecord);
        if (listed is null)
        {
            // A commit folder always gets its run.json before it is renamed; without one it is not a commit.
            TryDeleteDirectory(commitDir);
            return;
        }
        var trash = Path.Combine(WorkDir, TrashPrefix + Path.GetFileName(commitDir)[CommitPrefix.Length..]);
        Directory.CreateDirectory(trash);

        foreach (var folder in WholeFolders)
        {
            var name = folder.TrimEnd('/');
            var incoming = Path.Combine(commitDir, name);
            if (!Directory.Exists(incoming)) continue;
            var current = Path.Combine(OutDir, name);
            if (Directory.Exists(current)) Directory.Move(current, UniqueIn(trash, name));
            Directory.Move(incoming, current);
        }
        foreach (var file in Directory.EnumerateFiles(commitDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(commitDir, file);
            if (relative == RecordFile) continue;
            var target = Path.Combine(OutDir, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(file, target, overwrite: true);
        }

        var keep = listed.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var old in ReadRecordOutputs(Path.Combine(OutDir, RecordFile)) ?? [])
        {
            if (keep.Contains(old.Path) || SafePath(old.Path) is not { } path) continue;
            if (old.IsFolder)
            {
                if (Directory.Exists(path) && new DirectoryInfo(path).LinkTarget is null) Directory.Move(path, UniqueIn(trash, old.Path.TrimEnd('/')));
            }
            else if (File.Exists(path) && new FileInfo(path).LinkTarget is null)
            {
                if (new FileInfo(path).Length == old.Bytes && Fingerprint.File(path) == old.Sha256) File.Delete(path);
                else _notes.Add($"kept {old.Path}: an earlier run wrote it, but it has changed since");
                var parent = Path.GetDirectoryName(path)!;
                if (parent != OutDir) TryRemoveIfEmpty(parent);
            }
        }

        File.Move(newRecord, Path.Combine(OutDir, RecordFile), overwrite: true);
        TryDeleteDirectory(commitDir);
        TryDeleteDirectory(trash);
    }

    // An output path from a run.json, as a path inside the results folder (and outside the working folder), or null.
    private string? SafePath(string relative)
    {
        var trimmed = relative.TrimEnd('/');
        if (trimmed.Length == 0 || Path.IsPathRooted(trimmed) || trimmed.Contains('\\') || trimmed.Contains('\0')) return null;
        var parts = trimmed.Split('/');
        if (parts.Any(p => p is "" or "." or "..") || parts[0] == WorkFolder) return null;
        var full = Path.GetFullPath(Path.Combine([OutDir, .. parts]));
        return full.StartsWith(OutDir + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    // Every staged output: files, and each whole folder as one entry.
    private static List<OutputEntry> Describe(string staging, OutputLedger ledger)
    {
        var entries = new List<OutputEntry>();
        foreach (var dir in Directory.EnumerateDirectories(staging))
        {
            var name = Path.GetFileName(dir) + "/";
            if (WholeFolders.Contains(name))
            {
                var (files, bytes, sha) = Fingerprint.Tree(dir, ledger.Sha256);
                entries.Add(new OutputEntry(name, bytes, sha, files));
            }
            else
            {
                foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
                    entries.Add(new OutputEntry(Fingerprint.Relative(staging, file), new FileInfo(file).Length, Fingerprint.File(file)));
            }
        }
        foreach (var file in Directory.EnumerateFiles(staging).Where(f => Path.GetFileName(f) != RecordFile))
            entries.Add(new OutputEntry(Path.GetFileName(file), new FileInfo(file).Length, Fingerprint.File(file)));
        return entries.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
    }

    private static string UniqueIn(string folder, string name)
    {
        var path = Path.Combine(folder, name.Replace('/', '_'));
        return Directory.Exists(path) || File.Exists(path) ? path + "-" + Guid.NewGuid().ToString("N")[..8] : path;
    }

    private static void TryRemoveIfEmpty(string dir)
    {
        try
        {
            var work = Path.Combine(dir, WorkFolder);
            if (Directory.Exists(work) && Directory.EnumerateFileSystemEntries(work).All(e => Path.GetFileName(e) == LockFile))
                TryDeleteDirectory(work);
            if (Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static void TryDeleteDirectory(string dir)
    {
        try { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    [GeneratedRegex(@"^\..+\.[0-9a-f]{8}\.tmp$")]
    private static partial Regex TempName();
}
