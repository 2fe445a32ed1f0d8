using GovText.Core.Corpus;

namespace GovText.Core.Tests.Corpus;

public class DocumentIdsTests
{
    [Fact]
    public void Same_stem_files_get_extension_suffixes()
    {
        var ids = DocumentIds.Assign(["paper.docx", "paper.pdf", "report.txt"], []);
        Assert.Equal("paper-docx", ids["paper.docx"]);
        Assert.Equal("paper-pdf", ids["paper.pdf"]);
        Assert.Equal("report", ids["report.txt"]);
    }

    [Fact]
    public void Same_name_in_different_folders_gets_the_folder_and_manifest_ids_are_never_reused()
    {
        var ids = DocumentIds.Assign(["a/paper.txt", "b/paper.txt", "notes.txt"], ["notes"]);
        Assert.Equal("paper-txt", ids["a/paper.txt"]);
        Assert.Equal("b-paper-txt", ids["b/paper.txt"]);
        Assert.Equal("notes-txt", ids["notes.txt"]);
    }

    [Fact]
    public void Spaces_and_chinese_names_make_safe_ids() =>
        Assert.Equal("政府 工作报告 2017".Replace(' ', '-'), DocumentIds.Assign(["政府 工作报告 2017.txt"], [])["政府 工作报告 2017.txt"]);
}
