using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Editing;

namespace Coolset.Analyzers.CodeFixes
{
    /// <summary>
    /// COOL005: sets <c>Authorization: Bearer</c> from the configured environment variable right after the request is
    /// created, or on the <c>DefaultRequestHeaders</c> of the client the method creates.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RequestWithoutAuthorizationCodeFixProvider)), Shared]
    public sealed class RequestWithoutAuthorizationCodeFixProvider : CodeFixProvider
    {
        private const string Title = "Set the Bearer Authorization header";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.RequestWithoutAuthorization);

        // Several sends of one request or client share one insertion: one editor per document.
        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create((context, document, diagnostics) => FixAsync(document, diagnostics, context.CancellationToken)!);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (BearerHeaderPlacement.Find(model, node, context.CancellationToken) != null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(Title, ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct), EquivalenceKeys.SetBearerAuthorizationHeader),
                        diagnostic);
                }
            }
        }

        private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return document;
            }

            var variable = CoolsetOptions.TokenEnvironmentVariable.Read(
                document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(root.SyntaxTree));
            var credential = SyntaxFactory.ParseExpression(TokenLookup.EnvironmentVariable(variable).ExpressionText);
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (BearerHeaderPlacement.Find(model, node, cancellationToken) is { } target)
                {
                    BearerHeaderPlacement.InsertAfter(editor, target, credential);
                }
            }

            return await DocumentCleanup.RunAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
        }
    }
}
