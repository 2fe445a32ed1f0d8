using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using GovText.Report.View;

namespace GovText.Report.Rendering;

/// <summary>
/// Lays the report out with the embedded Liquid template (Fluid). Every value is HTML-encoded on output, except the
/// inline SVGs and the font rule (built by the report, marked <c>| raw</c> in the template).
/// </summary>
internal static class ReportTemplate
{
    private static readonly Lazy<IFluidTemplate> Template = new(Parse);
    private static readonly Lazy<string> Css = new(() => Resource("GovText.Report.Templates.report.css"));

    // Only the characters HTML needs escaped are escaped: Chinese stays readable (and searchable) in the source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly TemplateOptions Options = CreateOptions();

    public static string Render(ReportModel model)
    {
        // Every view type is registered (CreateOptions); reading the model's members unregistered would only be Fluid's
        // reflection fallback, which it takes whenever a member is null (an absent table) and which builds its own
        // accessors for every member of the model, at a cost the registration avoids.
        var context = new TemplateContext(model, Options, allowModelMembers: false);
        context.SetValue("css", Css.Value);
        return Template.Value.Render(context, Encoder);
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions();
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        ViewMembers.Register<ReportModel>(options.MemberAccessStrategy);
        ViewMembers.Register<Fact>(options.MemberAccessStrategy);
        ViewMembers.Register<TableView>(options.MemberAccessStrategy);
        ViewMembers.Register<TableCell>(options.MemberAccessStrategy);
        ViewMembers.Register<ChartView>(options.MemberAccessStrategy);
        ViewMembers.Register<KwicView>(options.MemberAccessStrategy);
        ViewMembers.Register<KwicLineView>(options.MemberAccessStrategy);
        ViewMembers.Register<SectionLink>(options.MemberAccessStrategy);
        return options;
    }

    private static IFluidTemplate Parse()
    {
        var parser = new FluidParser(new FluidParserOptions { AllowFunctions = true });
        var source = Resource("GovText.Report.Templates.report.liquid");
        return parser.TryParse(source, out var template, out var error)
            ? template
            : throw new InvalidOperationException("the embedded report template does not parse: " + error);
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
