using System.Text;

namespace GovText.Core.Ingestion;

/// <summary>Registers the code-page encodings (GB18030, Big5) with .NET once.</summary>
public static class EncodingSetup
{
    private static readonly Lazy<bool> Registered = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    /// <summary>Makes sure GB18030 and Big5 can be looked up; safe to call any number of times.</summary>
    public static void EnsureCodePages() => _ = Registered.Value;
}
