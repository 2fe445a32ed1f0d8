using GovText.Tests;

namespace GovText.Segmentation.Tests;

/// <summary>A theory that needs python3-jieba 0.42.1; skipped with the reason where it is absent.</summary>
internal sealed class JiebaTheoryAttribute : TheoryAttribute
{
    public JiebaTheoryAttribute()
    {
        if (TestEnvironment.JiebaPythonPath is null) Skip = TestEnvironment.NoJiebaReason;
    }
}
