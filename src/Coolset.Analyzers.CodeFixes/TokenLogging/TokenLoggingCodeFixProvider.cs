using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace Coolset.Analyzers.CodeFixes
{
    /// <summary>
    /// COOL003: removes the token from the log message — a format argument with its template hole, an interpolation
    /// hole, or a concatenation operand. A call whose whole message is the token gets no fix: what to log instead is
    /// the author's decision.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TokenLoggingCodeFixProvider)), Shared]
    public sealed class TokenLoggingCodeFixProvider : CodeFixProvider
    {
        private const string Title = "Remove the token from the log message";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.TokenWrittenToLog);

        // Several tokens in one call edit the same template: one pass per document applies them together.
        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create((context, document, diagnostics) => FixAsync(document, diagnostics, context.CancellationToken)!);

        /// <summary>Offers the fix from the diagnostic's properties and the syntax tree alone: no semantic model, no flow analysis.</summary>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (TokenLogEdit.FromDiagnostic(root, diagnostic) != null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            Title,
                            ct => FixAsync(document, ImmutableArray.Create(diagnostic), ct),
                            EquivalenceKeys.RemoveTokenFromLogMessage),
                        diagnostic);
                }
            }
        }

        private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return document;
            }

            var edits = diagnostics
                .Select(d => TokenLogEdit.FromDiagnostic(root, d))
                .Where(e => e != null)
                .Select(e => e!)
                .ToList();

            // An edit nested in another one (a log call inside a rewritten argument) waits for the next pass.
            edits = edits.Where(e => !edits.Any(other => other != e && Contains(other, e))).ToList();

            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var holesByTemplate = new Dictionary<LiteralExpressionSyntax, List<int>>();
            foreach (var edit in edits)
            {
                if (edit.RemovedNode != null && edit.Template != null)
                {
                    // The last element keeps the space before '}' or ')'; others go with their comma.
                    var isLast = !edit.RemovedNode.GetLastToken().GetNextToken().IsKind(SyntaxKind.CommaToken);
                    editor.RemoveNode(edit.RemovedNode, isLast ? SyntaxRemoveOptions.KeepTrailingTrivia : SyntaxRemoveOptions.KeepNoTrivia);
                    if (!holesByTemplate.TryGetValue(edit.Template, out var holes))
                    {
                        holesByTemplate.Add(edit.Template, holes = new List<int>());
                    }

                    holes.Add(edit.ArgumentIndex);
                }
                else if (edit.Original != null && edit.Replacement != null)
                {
                    editor.ReplaceNode(edit.Original, edit.Replacement.WithAdditionalAnnotations(Formatter.Annotation));
                }
            }

            foreach (var entry in holesByTemplate)
            {
                var text = entry.Key.Token.ValueText;
                foreach (var index in entry.Value.Distinct().OrderByDescending(i => i))
                {
                    text = LogMessageText.RemoveArgumentHole(text, index);
                }

                editor.ReplaceNode(entry.Key, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, StringLiterals.InStyleOf(entry.Key.Token, text)).WithTriviaFrom(entry.Key));
            }

            return editor.GetChangedDocument();
        }

        private static bool Contains(TokenLogEdit outer, TokenLogEdit inner)
        {
            var outerNode = outer.Original ?? outer.RemovedNode;
            var innerNode = inner.Original ?? inner.RemovedNode;
            return outerNode != null && innerNode != null && outerNode != innerNode && outerNode.Span.Contains(innerNode.Span);
        }
    }
}
