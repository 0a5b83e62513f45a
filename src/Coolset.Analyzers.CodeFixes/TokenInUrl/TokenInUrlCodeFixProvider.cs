using System.Collections.Generic;
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
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace Coolset.Analyzers.CodeFixes
{
    /// <summary>
    /// COOL008: removes the token's query parameters from the URL and sets <c>Authorization: Bearer …</c> on the request
    /// (or the client the method creates) instead, with the value that was in the URL: the hole's expression, or, for a
    /// literal token, the environment-variable lookup (a hardcoded token is never written again). No fix for a token in
    /// the path, or where the method creates neither a request nor a client. See docs/rules/COOL008.md.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TokenInUrlCodeFixProvider)), Shared]
    public sealed class TokenInUrlCodeFixProvider : CodeFixProvider
    {
        private const string Title = "Move the token to the Authorization header";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.TokenInUrl);

        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create((context, document, diagnostics) => FixAsync(document, diagnostics, context.CancellationToken)!);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return;
            }

            var tokens = TokenValueAnalysis.Create(model.Compilation, document.Project.AnalyzerOptions);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (Plan(document, root, model, tokens, diagnostic, context.CancellationToken) != null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(Title, ct => FixAsync(document, ImmutableArray.Create(diagnostic), ct), EquivalenceKeys.MoveTokenToAuthorizationHeader),
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

            var tokens = TokenValueAnalysis.Create(model.Compilation, document.Project.AnalyzerOptions);
            var plans = diagnostics
                .Select(d => Plan(document, root, model, tokens, d, cancellationToken))
                .Where(p => p != null)
                .Select(p => p!)
                .ToList();

            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (var plan in plans)
            {
                editor.ReplaceNode(plan.Url, plan.Replacement.WithTriviaFrom(plan.Url).WithAdditionalAnnotations(DocumentCleanup.NewCodeAnnotations));
                BearerHeaderPlacement.InsertAfter(editor, plan.Target, plan.Credential);
            }

            return await DocumentCleanup.RunAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
        }

        private static FixPlan? Plan(Document document, SyntaxNode root, SemanticModel model, TokenValueAnalysis tokens, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (!(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax url) ||
                url.Span != diagnostic.Location.SourceSpan ||
                !(model.OperationOrNull(url, cancellationToken) is { } operation) ||
                !(UrlExpression.Read(operation) is { } expression))
            {
                return null;
            }

            var options = document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(url.SyntaxTree);
            var findings = TokenInUrlFinder.Find(expression, CoolsetOptions.ApiHosts.Read(options), tokens, cancellationToken);
            if (findings == null || findings.Count == 0 || findings.Any(f => f.IsInPath))
            {
                return null; // a token in the path has no parameter to remove
            }

            var text = UrlRewriter.Rewrite(expression, findings.Select(f => (f.RemoveStart, f.RemoveEnd)).ToList());
            var replacement = text == null ? null : SyntaxFactory.ParseExpression(text);
            if (replacement == null || replacement.ContainsDiagnostics)
            {
                return null;
            }

            var target = BearerHeaderPlacement.Find(model, url, cancellationToken);
            if (target == null)
            {
                return null;
            }

            var credential = Credential(model, findings, target, CoolsetOptions.TokenEnvironmentVariable.Read(options), cancellationToken);
            return credential == null ? null : new FixPlan(url, replacement, target, credential);
        }

        /// <summary>The hole's expression when it is a string readable where the header goes; for a literal token, the environment variable.</summary>
        private static ExpressionSyntax? Credential(SemanticModel model, List<TokenInUrlFinding> findings, BearerHeaderTarget target, string variableName, CancellationToken cancellationToken)
        {
            var hole = findings.Select(f => f.CredentialHole).FirstOrDefault(h => h != null);
            if (hole == null)
            {
                return SyntaxFactory.ParseExpression(TokenLookup.EnvironmentVariable(variableName).ExpressionText);
            }

            var value = hole.HoleValue;
            if (value?.Syntax is not ExpressionSyntax expression || value.Type?.SpecialType != SpecialType.System_String)
            {
                return null;
            }

            // Every local the value reads must already be declared where the header goes (after the target statement).
            var insertAt = target.Statement.Span.End;
            foreach (var identifier in expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                if (model.GetSymbolInfo(identifier, cancellationToken).Symbol is ILocalSymbol local &&
                    local.DeclaringSyntaxReferences.Any(r => r.Span.Start > insertAt || !EnclosesPosition(r.GetSyntax(cancellationToken), target.Statement)))
                {
                    return null;
                }
            }

            return expression;
        }

        /// <summary>The local's declaration stands in a block that also holds the target statement.</summary>
        private static bool EnclosesPosition(SyntaxNode declaration, StatementSyntax target)
        {
            var scope = declaration.Ancestors().FirstOrDefault(a => a is BlockSyntax || a is SwitchSectionSyntax || a is CompilationUnitSyntax);
            return scope != null && scope.Span.Contains(target.Span);
        }

        private sealed class FixPlan
        {
            public FixPlan(ExpressionSyntax url, ExpressionSyntax replacement, BearerHeaderTarget target, ExpressionSyntax credential)
            {
                Url = url;
                Replacement = replacement;
                Target = target;
                Credential = credential;
            }

            public ExpressionSyntax Url { get; }

            public ExpressionSyntax Replacement { get; }

            public BearerHeaderTarget Target { get; }

            public ExpressionSyntax Credential { get; }
        }
    }
}
