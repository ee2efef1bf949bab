using MoeLab.Core.Text;
using MoeLab.Core.Validation;

namespace MoeLab.Core.Tests.Text;

public sealed class PrintableTextTests
{
    [Theory]
    [InlineData("mixtral-8x7b", "mixtral-8x7b")]
    [InlineData("naïve — ok ✓", "naïve — ok ✓")]
    [InlineData("a\u001b[2Jb", "a\\x1B[2Jb")]
    [InlineData("bell\u0007tab\tnl\ncr\r", "bell\\x07tab\\x09nl\\x0Acr\\x0D")]
    [InlineData("\u0085\u009b", "\\x85\\x9B")]
    [InlineData("evil\u202Etxt.json", "evil\\u202Etxt.json")]
    [InlineData("bad \uFFFD byte", "bad \\uFFFD byte")]
    public void Escape_KeepsPrintableText_EscapesTheRest(string text, string expected) =>
        Assert.Equal(expected, PrintableText.Escape(text));

    [Fact]
    public void Escape_CutsLongTextWithAnEllipsis() =>
        Assert.Equal("abcde…", PrintableText.Escape("abcdefgh", 5));

    [Fact]
    public void ExcerptOf_ShowsPrintableAsciiAndHexForTheRest() =>
        Assert.Equal("\\x89PNG\\x0D\\x0A\\x1A\\x0A\\x00\\x5C…", PrintableText.ExcerptOf([0x89, .. "PNG"u8, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, (byte)'\\', 0x41], 10));

    // Every bad-input message passes through here, whichever reader built it.
    [Fact]
    public void InvalidInputMessages_AreAlwaysOnePrintableLine()
    {
        var e = new InvalidInputException("got 'x\u001b[31m\ny'", "file\u0007.json", "key\r");
        Assert.Equal("file\\x07.json, field 'key\\x0D': got 'x\\x1B[31m\\x0Ay'", e.Message);
        Assert.Equal("got 'x\u001b[31m\ny'", e.Detail);
    }
}
