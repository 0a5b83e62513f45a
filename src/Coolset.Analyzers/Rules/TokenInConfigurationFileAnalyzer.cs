using System.Collections.Generic;
using System.Collections.Immutable;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Coolset.Analyzers.Rules
{
    /// <summary>
    /// COOL006 (a live token in a configuration file) and COOL004 for configuration files (an http URL to a Coolset
    /// host): each <c>AdditionalFiles</c> entry of a configuration kind is read once, as text, commented-out lines
    /// included, and every finding is reported at its own line and column. See docs/rules/COOL006.md.
    /// </summary>
    /// <remarks>
    /// The text is searched with <c>IndexOf</c> for <c>sk_</c> and <c>://</c> only, so a large file costs one pass and
    /// no allocation per line. JSON escapes are not decoded: a token is found as it is written.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TokenInConfigurationFileAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.TokenInConfigurationFile, Descriptors.InsecureCoolsetUrl);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start => start.RegisterAdditionalFileAction(AnalyzeFile));
        }

        private static void AnalyzeFile(AdditionalFileAnalysisContext context)
        {
            var file = context.AdditionalFile;
            if (!ConfigurationFileKinds.IsConfigurationFile(file.Path) ||
                !ConfigurationFileKinds.IsFirstWithItsPath(file, context.Options.AdditionalFiles))
            {
                return;
            }

            var sourceText = file.GetText(context.CancellationToken);
            if (sourceText == null)
            {
                return;
            }

            var text = sourceText.ToString();
            ReportTokens(context, sourceText, text);
            ReportInsecureUrls(context, sourceText, text);
        }

        /// <summary>COOL006: live tokens only (test tokens are for development; the page says why).</summary>
        private static void ReportTokens(AdditionalFileAnalysisContext context, SourceText sourceText, string text)
        {
            if (text.IndexOf(TokenShapes.LivePrefix, System.StringComparison.Ordinal) < 0)
            {
                return;
            }

            var matches = new List<SecretMatch>();
            TokenShapes.FindTokens(text, matches);
            var fileName = ConfigurationFileKinds.FileName(context.AdditionalFile.Path);
            foreach (var match in matches)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (match.Kind == SecretKind.LiveToken)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.TokenInConfigurationFile,
                        LocationOf(context.AdditionalFile, sourceText, new TextSpan(match.Start, match.Length)),
                        Redaction.Redact(text, match),
                        fileName));
                }
            }
        }

        private static void ReportInsecureUrls(AdditionalFileAnalysisContext context, SourceText sourceText, string text)
        {
            if (!UrlScanner.MayContainUrl(text))
            {
                return;
            }

            var hosts = CoolsetOptions.ApiHosts.Read(CoolsetOptions.For(context.Options, context.AdditionalFile));
            var index = 0;
            while (UrlScanner.TryFindNext(text, index, out var url))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                index = url.End;
                if (InsecureCoolsetUrls.IsInsecure(text, url, hosts))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.InsecureCoolsetUrl,
                        LocationOf(context.AdditionalFile, sourceText, new TextSpan(url.Start, url.Length)),
                        Redaction.RedactAll(text.Substring(url.Start, url.Length))));
                }
            }
        }

        private static Location LocationOf(AdditionalText file, SourceText text, TextSpan span) =>
            Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
    }
}
