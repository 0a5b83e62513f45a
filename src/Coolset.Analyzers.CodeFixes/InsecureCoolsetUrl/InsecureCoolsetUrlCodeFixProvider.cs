using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Coolset.Analyzers.CodeFixes
{
    /// <summary>
    /// COOL004: the scheme becomes <c>https</c> and an explicit <c>:80</c> is dropped; every other character of the
    /// literal stays as written, in every string form. Configuration files are not edited (the diagnostic stays).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InsecureCoolsetUrlCodeFixProvider)), Shared]
    public sealed class InsecureCoolsetUrlCodeFixProvider : CodeFixProvider
    {
        private const string Title = "Use https";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.InsecureCoolsetUrl);

        /// <summary>Every rewrite of a document in one edit: the rewrites never overlap, so Fix All needs one pass.</summary>
        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create((context, document, diagnostics) => FixAsync(document, diagnostics, context.CancellationToken)!);

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (diagnostic.Location.IsInSource && SchemeRewriteProperties.TryGet(diagnostic, out _))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            Title,
                            ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct),
                            EquivalenceKeys.UseHttpsForCoolsetUrl),
                        diagnostic);
                }
            }

            return Task.CompletedTask;
        }

        private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var changes = new List<TextChange>();
            var seen = new HashSet<int>();
            foreach (var diagnostic in diagnostics)
            {
                if (!SchemeRewriteProperties.TryGet(diagnostic, out var rewrite) || !seen.Add(rewrite.SchemeStart) ||
                    !IsText(text, rewrite.SchemeStart, rewrite.SchemeLength, "http"))
                {
                    continue;
                }

                changes.Add(new TextChange(new TextSpan(rewrite.SchemeStart, rewrite.SchemeLength), rewrite.Replacement));
                if (rewrite.PortStart >= 0 && IsText(text, rewrite.PortStart, rewrite.PortLength, ":80"))
                {
                    changes.Add(new TextChange(new TextSpan(rewrite.PortStart, rewrite.PortLength), string.Empty));
                }
            }

            if (changes.Count == 0)
            {
                return document;
            }

            changes.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
            return document.WithText(text.WithChanges(changes));
        }

        private static bool IsText(SourceText text, int start, int length, string expected) =>
            length == expected.Length && start >= 0 && start + length <= text.Length &&
            string.Equals(text.ToString(new TextSpan(start, length)), expected, StringComparison.OrdinalIgnoreCase);
    }
}
