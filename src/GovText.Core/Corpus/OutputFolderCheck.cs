using GovText.Core.Errors;

namespace GovText.Core.Corpus;

/// <summary>
/// Checks, before anything is read, that an output folder can be used for a corpus: it is neither inside the corpus
/// nor around it (real paths compared, every symbolic link resolved, so a symlinked corpus or output folder cannot make
/// GovText overwrite source files), no part of its path is a file, and it can be created and written to.
/// </summary>
public static class OutputFolderCheck
{
    /// <summary>Checks <paramref name="outDir"/> against <paramref name="corpusDir"/>; creates nothing.</summary>
    /// <param name="outDir">The output folder as given.</param>
    /// <param name="corpusDir">The corpus folder, or null when the command reads no corpus.</param>
    /// <param name="setting">The setting that named the folder, for <see cref="ConfigurationException.Setting"/>.</param>
    /// <exception cref="ConfigurationException">The folder cannot be used (exit code 2).</exception>
    public static void Check(string outDir, string? corpusDir, string setting = "out")
    {
        string realOut;
        try
        {
            realOut = RealPath.Of(outDir);
        }
        catch (IOException ex)
        {
            throw ConfigurationException.ForSetting(setting, $"output folder {outDir}: {ex.Message}");
        }

        if (corpusDir is not null)
        {
            var realCorpus = RealPath.Of(corpusDir);
            if (RealPath.IsSameOrInside(realOut, realCorpus))
                throw ConfigurationException.ForSetting(setting,
                    $"output folder {outDir} is inside the corpus folder {corpusDir}" + Via(realOut, outDir, realCorpus, corpusDir) +
                    ": GovText never writes into the corpus; choose a folder outside it");
            if (RealPath.IsSameOrInside(realCorpus, realOut))
                throw ConfigurationException.ForSetting(setting,
                    $"the corpus folder {corpusDir} is inside the output folder {outDir}" + Via(realOut, outDir, realCorpus, corpusDir) +
                    ": writing results there could overwrite the corpus's files; choose an output folder that does not contain the corpus");
        }

        // The deepest part of the path that exists must be a folder ("notes.txt/sub" cannot work), and one
        // must be able to write there: probed with a file that is removed at once, so nothing is created.
        var existing = realOut;
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing))
                throw ConfigurationException.ForSetting(setting,
                    existing == realOut
                        ? $"output folder {outDir} is a file, not a folder; choose a folder"
                        : $"output folder {outDir}: {existing} is a file, so no folder can be made under it; choose another folder");
            existing = Path.GetDirectoryName(existing) ?? throw ConfigurationException.ForSetting(setting, $"output folder {outDir}: no folder on its path exists");
        }
        try
        {
            var probeFile = Path.Combine(existing, $".govtext-write-test-{Environment.ProcessId}-{Guid.NewGuid():N}");
            using (File.Create(probeFile, 1, FileOptions.DeleteOnClose)) { }
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw ConfigurationException.ForSetting(setting,
                $"output folder {outDir}: cannot create or write files there (permission denied or a read-only file system: {ex.Message}); " +
                "choose a folder you can write to");
        }
    }

    private static string Via(string realOut, string outDir, string realCorpus, string corpusDir)
    {
        var notes = new List<string>();
        if (realOut != Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar)) notes.Add($"{outDir} is really {realOut}");
        if (realCorpus != Path.GetFullPath(corpusDir).TrimEnd(Path.DirectorySeparatorChar)) notes.Add($"the corpus is really {realCorpus}");
        return notes.Count == 0 ? "" : $" ({string.Join("; ", notes)}, symbolic links resolved)";
    }
}
