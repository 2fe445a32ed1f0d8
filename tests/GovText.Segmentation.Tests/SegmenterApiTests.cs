namespace GovText.Segmentation.Tests;

/// <summary>The user-dictionary API's contract beyond jieba parity: isolation, validation, error messages.</summary>
public sealed class SegmenterApiTests
{
    // dict.txt: "治理 2766 v", "长江大桥 3858 ns"; total 60,101,967 (sum of all 349,046 lines).
    private const long BaseTotal = 60101967;

    [Fact]
    public void TheBaseDictionaryIsJiebas()
    {
        var s = Segmenter.CreateDefault();
        Assert.Equal(BaseTotal, s.TotalFrequency);
        Assert.True(s.TryGetFrequency("治理", out var f));
        Assert.Equal(2766, f);
        Assert.Equal("v", s.GetTag("治理"));
        // "长江大" is only a prefix of 长江大桥: in FREQ with 0, as jieba's gen_pfdict adds it.
        Assert.True(s.TryGetFrequency("长江大", out var prefix));
        Assert.Equal(0, prefix);
        Assert.False(s.TryGetFrequency("治理现代化体系", out _));
    }

    [Fact]
    public void AddWordUpdatesTotalAndTagAndCutsTheWordWhole()
    {
        var s = Segmenter.CreateDefault();
        s.AddWord("国家治理", 1000, "n");
        Assert.Equal(BaseTotal + 1000, s.TotalFrequency);
        Assert.Equal("n", s.GetTag("国家治理"));
        Assert.Contains("国家治理", s.CutToStrings("推进国家治理现代化"));
        Assert.True(s.TryGetFrequency("国家治", out var prefix));
        Assert.Equal(0, prefix);
    }

    [Fact]
    public void UserWordsWhereTheBaseTrieHasNoRootTieAndDelete()
    {
        // U+9FD0..U+9FD4 are Han for jieba (U+4E00..U+9FD5) but not in dict.txt: every prefix below is the user's.
        var s = Segmenter.CreateDefault();
        s.AddWord("鿓鿔治理", 10);
        Assert.True(s.TryGetFrequency("鿓鿔", out var prefix));
        Assert.Equal(0, prefix); // add_word puts each missing prefix into FREQ with 0
        Assert.Equal(["推进", "鿓鿔治理"], s.CutToStrings("推进鿓鿔治理", hmm: false));
        // 鿐鿑+鿒 and 鿐+鿑鿒 sum the same two terms, (log 7 - log total) and (log 3 - log total), in the other order:
        // an exact tie, which Python's max over (probability, end) gives to the larger end.
        s.AddWord("鿐鿑", 7);
        s.AddWord("鿑鿒", 7);
        s.AddWord("鿐", 3);
        s.AddWord("鿒", 3);
        Assert.Equal(["鿐鿑", "鿒"], s.CutToStrings("鿐鿑鿒", hmm: false));
        s.DeleteWord("鿐鿑");
        Assert.Equal(["鿐", "鿑鿒"], s.CutToStrings("鿐鿑鿒", hmm: false));
        // A deleted base word starting at a common character: its pieces, with and without the HMM (Force_Split_Words).
        s.DeleteWord("中国");
        Assert.Equal(["我", "爱", "中", "国"], s.CutToStrings("我爱中国", hmm: false));
        Assert.Equal(["我", "爱", "中", "国"], s.CutToStrings("我爱中国"));
        Assert.Equal(["中", "国", "人民"], s.CutToStrings("中国人民", hmm: false));
        // A user word extending past every base word (suggest_freq gives it 1, still more likely than its pieces).
        s.AddWord("治理能力现代化水平");
        Assert.True(s.TryGetFrequency("治理能力现代化水平", out var suggested));
        Assert.Equal(1, suggested);
        Assert.Equal(["推进", "治理能力现代化水平"], s.CutToStrings("推进治理能力现代化水平", hmm: false));
    }

    [Fact]
    public void AddWordsEqualsAddWordOneByOne()
    {
        // Order matters: each suggested frequency depends on the words (and total) added before it.
        string[] words = ["组织动员", "元治理", "协同共治", "基层社会治理", "社会治理", "三治融合", "元治理"];
        var single = Segmenter.CreateDefault();
        foreach (var w in words) single.AddWord(w);
        var batch = Segmenter.CreateDefault();
        batch.AddWords(words);

        Assert.Equal(single.TotalFrequency, batch.TotalFrequency);
        Assert.True(batch.TotalFrequency > BaseTotal);
        foreach (var w in words)
        {
            Assert.True(single.TryGetFrequency(w, out var expected));
            Assert.True(batch.TryGetFrequency(w, out var actual));
            Assert.Equal(expected, actual);
        }
        const string text = "发挥政党元治理功能，推进基层社会治理和组织动员，实现协同共治与三治融合。";
        Assert.Equal(single.CutToStrings(text), batch.CutToStrings(text));
        Assert.Throws<ArgumentException>(() => batch.AddWords(["有效", ""]));
    }

    [Fact]
    public void ClonesAndDefaultSegmentersAreIndependent()
    {
        var a = Segmenter.CreateDefault();
        a.AddWord("国家治理", 1000);
        var b = a.Clone();
        b.DeleteWord("国家治理");
        Assert.True(a.TryGetFrequency("国家治理", out var fa));
        Assert.Equal(1000, fa);
        Assert.True(b.TryGetFrequency("国家治理", out var fb));
        Assert.Equal(0, fb);
        Assert.Equal(BaseTotal + 1000, b.TotalFrequency); // del_word adds 0
        Assert.False(Segmenter.CreateDefault().TryGetFrequency("国家治理", out _));
    }

    [Fact]
    public void InvalidWordsAndFrequenciesAreRejected()
    {
        var s = Segmenter.CreateDefault();
        Assert.Throws<ArgumentException>(() => s.AddWord(""));
        Assert.Throws<ArgumentOutOfRangeException>(() => s.AddWord("治理", -1));
        Assert.Throws<ArgumentException>(() => s.SuggestFrequency(Array.Empty<string>()));
        Assert.Equal(BaseTotal, s.TotalFrequency);
    }

    [Fact]
    public void UserDictionaryErrorsNameSourceAndLineAndAddNothing()
    {
        var s = Segmenter.CreateDefault();
        var ex = Assert.Throws<FormatException>(() =>
            s.LoadUserDictionary(new StringReader("国家治理 10 n\n\n治理效能 12345678901\n"), "my.dict"));
        Assert.StartsWith("my.dict:3:", ex.Message);
        Assert.False(s.TryGetFrequency("国家治理", out _));
        Assert.Equal(BaseTotal, s.TotalFrequency);
    }

    [Fact]
    public async Task EditsDuringConcurrentCutsNeverTearAState()
    {
        var s = Segmenter.CreateDefault();
        var text = "推进国家治理体系和治理能力现代化";
        using var done = new CancellationTokenSource();
        var started = new TaskCompletionSource();
        var cutter = Task.Run(() =>
        {
            var seen = 0;
            do
            {
                var words = s.CutToStrings(text);
                Assert.Equal(text, string.Concat(words));
                seen++;
                started.TrySetResult();
            }
            while (!done.IsCancellationRequested);
            return seen;
        });
        await started.Task;
        for (var i = 0; i < 200; i++) s.AddWord("治理" + (char)('一' + i), 5);
        done.Cancel();
        Assert.True(await cutter > 0);
        var reference = Segmenter.CreateDefault();
        for (var i = 0; i < 200; i++) reference.AddWord("治理" + (char)('一' + i), 5);
        Assert.Equal(reference.Cut(text), s.Cut(text));
        Assert.Equal(reference.TotalFrequency, s.TotalFrequency);
    }
}
