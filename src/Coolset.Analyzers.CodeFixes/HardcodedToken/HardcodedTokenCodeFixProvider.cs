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
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;

namespace Coolset.Analyzers.CodeFixes
{
    /// <summary>COOL001, COOL002, COOL007: read the token from the environment variable, or from options/configuration in scope.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardcodedTokenCodeFixProvider)), Shared]
    public sealed class HardcodedTokenCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            RuleIds.HardcodedLiveToken, RuleIds.HardcodedBearerCredential, RuleIds.HardcodedTestToken);

        /// <remarks>
        /// No equivalence key means the first action: <c>dotnet format analyzers</c> takes the key from the first diagnostic
        /// the analyzer reports, of any ID, and passes none when that one has no fix (a token in a comment).
        /// </remarks>
        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create((context, document, diagnostics) =>
                FixAsync(document, diagnostics, context.CodeActionEquivalenceKey ?? EquivalenceKeys.ReadTokenFromEnvironmentVariable, context.CancellationToken)!);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var site = SecretSite.Find(root, diagnostic);
                if (site == null)
                {
                    continue;
                }

                var constant = await ConstantContext.AnalyzeAsync(document, model, site.Host, ConstantContext.SearchScope.DeclaringDocuments, context.CancellationToken).ConfigureAwait(false);
                if (!constant.CanFix)
                {
                    continue;
                }

                foreach (var lookup in Lookups(document, model, site.Host))
                {
                    if (SecretRewriter.Rewrite(model, site.Host, new[] { site }, lookup, nonNullRequired: false) is null)
                    {
                        continue;
                    }

                    var key = lookup.EquivalenceKey;
                    context.RegisterCodeFix(
                        CodeAction.Create(lookup.Title, ct => FixAsync(document, ImmutableArray.Create(diagnostic), key, ct), key),
                        diagnostic);
                }
            }
        }

        private static IEnumerable<TokenLookup> Lookups(Document document, SemanticModel model, ExpressionSyntax host)
        {
            var options = document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(host.SyntaxTree);
            yield return TokenLookup.EnvironmentVariable(CoolsetOptions.TokenEnvironmentVariable.Read(options));
            foreach (var lookup in TokenLookup.FromScope(model, host.SpanStart, CoolsetOptions.TokenConfigurationKey.Read(options)))
            {
                yield return lookup;
            }
        }

        /// <summary>Rewrites every reported secret in the document that the fix with <paramref name="equivalenceKey"/> can remove.</summary>
        private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return document;
            }

            var sites = diagnostics.Select(d => SecretSite.Find(root, d)).Where(s => s != null).Select(s => s!).ToList();
            var hosts = sites.GroupBy(s => s.Host).ToList();
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var relaxed = new HashSet<SyntaxNode>();
            foreach (var group in hosts)
            {
                var host = group.Key;
                if (hosts.Any(other => other.Key != host && other.Key.Span.Contains(host.Span)))
                {
                    continue; // nested in another host rewritten in this pass; a later pass gets it
                }

                var constant = await ConstantContext.AnalyzeAsync(document, model, host, ConstantContext.SearchScope.Solution, cancellationToken).ConfigureAwait(false);
                var lookup = Lookups(document, model, host).FirstOrDefault(l => l.EquivalenceKey == equivalenceKey);
                if (!constant.CanFix || lookup == null)
                {
                    continue;
                }

                var text = SecretRewriter.Rewrite(model, host, group.ToList(), lookup, RequiresNonNull(model, host, cancellationToken));
                var replacement = text == null ? null : SyntaxFactory.ParseExpression(text);
                if (replacement == null || replacement.ContainsDiagnostics)
                {
                    continue;
                }

                if (replacement is BinaryExpressionSyntax)
                {
                    replacement = SyntaxFactory.ParenthesizedExpression(replacement).WithAdditionalAnnotations(Simplifier.Annotation);
                }

                editor.ReplaceNode(host, replacement.WithTriviaFrom(host).WithAdditionalAnnotations(DocumentCleanup.NewCodeAnnotations));
                if (constant.ConstDeclaration != null && relaxed.Add(constant.ConstDeclaration))
                {
                    editor.ReplaceNode(constant.ConstDeclaration, (current, _) => ConstantContext.Relax(current));
                }
            }

            return await DocumentCleanup.RunAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Whether the place the expression stands in is a non-nullable <c>string</c>, so a lookup needs <c>?? throw</c>.</summary>
        private static bool RequiresNonNull(SemanticModel model, ExpressionSyntax host, CancellationToken cancellationToken)
        {
            var operation = model.OperationOrNull(host, cancellationToken);
            var parent = operation?.ParentWithoutConversions();

            if ((parent is IPropertyReferenceOperation propertyReference && propertyReference.Instance == operation) ||
                (parent is IInvocationOperation invocation && invocation.Instance == operation))
            {
                return true; // dereferenced
            }

            var target = parent switch
            {
                IArgumentOperation argument => argument.Parameter?.Type,
                IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol.Type,
                IFieldInitializerOperation field => field.InitializedFields.FirstOrDefault()?.Type,
                IPropertyInitializerOperation property => property.InitializedProperties.FirstOrDefault()?.Type,
                ISimpleAssignmentOperation assignment => assignment.Target switch
                {
                    IFieldReferenceOperation f => f.Field.Type,
                    IPropertyReferenceOperation p => p.Property.Type,
                    ILocalReferenceOperation l => l.Local.Type,
                    IParameterReferenceOperation p => p.Parameter.Type,
                    _ => null,
                },
                IReturnOperation _ => (model.GetEnclosingSymbol(host.SpanStart, cancellationToken) as IMethodSymbol)?.ReturnType,
                _ => null,
            };
            return target != null && target.SpecialType == SpecialType.System_String && target.NullableAnnotation == NullableAnnotation.NotAnnotated;
        }
    }
}
