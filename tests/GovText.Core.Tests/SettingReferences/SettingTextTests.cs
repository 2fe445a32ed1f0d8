using GovText.Core.Errors;
using GovText.Core.Lexicon;
using Xunit;

namespace GovText.Core.Tests.SettingReferences;

/// <summary>Core names settings in its own terms; the front end spells them (<see cref="SettingText"/>).</summary>
public class SettingTextTests
{
    private static string Tagged(string setting, string? value) => value is null ? $"<{setting}>" : $"<{setting}={value}>";

    [Fact]
    public void References_render_as_the_front_end_spells_them_and_plainly_as_the_config_key()
    {
        var text = $"lower {SettingText.Name("min-df")} or use {SettingText.Name("unit", "paragraph")}";
        Assert.Equal("lower {setting:min-df} or use {setting:unit paragraph}", text);
        Assert.Equal("lower <min-df> or use <unit=paragraph>", SettingText.Render(text, Tagged));
        Assert.Equal("lower min-df or use unit: paragraph", SettingText.Plain(text));
        // Text without references, and braces that are not references, are left as they are.
        Assert.Equal("a {b} {setting:} c", SettingText.Plain("a {b} {setting:} c"));
    }

    [Theory]
    [InlineData("Min-Df", null)]
    [InlineData("min df", null)]
    [InlineData("unit", "{x}")]
    [InlineData("unit", "")]
    public void A_reference_that_could_not_be_read_back_is_a_programming_error(string setting, string? value) =>
        Assert.Throws<ArgumentException>(() => SettingText.Name(setting, value));

    [Fact]
    public void A_configuration_error_says_the_setting_plainly_in_Message_and_lets_the_front_end_spell_it()
    {
        var ex = new ConfigurationException($"too small; lower {SettingText.Name("min-df")}", "study.yml", 3);
        Assert.Equal("study.yml:3: too small; lower min-df", ex.Message);
        Assert.Equal("study.yml:3: too small; lower <min-df>", ex.Describe(Tagged));
        Assert.DoesNotContain("--", ex.Message);
    }

    [Fact]
    public void An_unknown_lexicon_extension_names_the_lexicon_format_setting_not_a_flag()
    {
        var ex = Assert.Throws<ConfigurationException>(() => LexiconFormats.Detect("terms.txt", "x"));
        Assert.EndsWith("add <lexicon-format=govtext|quanteda|liwc>", ex.Describe(Tagged));
        Assert.DoesNotContain("--", ex.Message);
    }
}
